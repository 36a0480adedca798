using System.Reflection;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Secrets.Loading;

/// <summary>The rules of one scan and the allowlist that applies to all of them.</summary>
/// <param name="Rules">Every rule, enabled or not, ids unique.</param>
/// <param name="GlobalAllow">What no rule reports.</param>
public sealed record SecretRuleSet(IReadOnlyList<SecretRule> Rules, IReadOnlyList<Allowlist> GlobalAllow)
{
    private static readonly Lazy<Created<SecretRuleSet>> Embedded = new(LoadEmbedded);

    /// <summary>The rules built into Bulwark (the YAML files under <c>Rules/</c>, embedded in the assembly).</summary>
    public static Created<SecretRuleSet> BuiltIn => Embedded.Value;

    /// <summary>This set plus the rules and allowlist of <paramref name="file"/>; a repeated id is a problem.</summary>
    public Created<SecretRuleSet> Add(RuleFile file, string displayPath)
    {
        var ids = Rules.ToDictionary(r => r.Info.Id, r => r.Source, StringComparer.Ordinal);
        var problems = new List<ConfigProblem>();
        foreach (var rule in file.Rules)
        {
            if (!ids.TryAdd(rule.Info.Id, rule.Source))
            {
                problems.Add(new ConfigProblem(rule.Source, $"rule id '{rule.Info.Id}' is already defined at {ids[rule.Info.Id]}"));
            }
        }

        return problems.Count > 0
            ? Created<SecretRuleSet>.Failed(problems)
            : Created<SecretRuleSet>.Ok(new SecretRuleSet([.. Rules, .. file.Rules], [.. GlobalAllow, .. file.GlobalAllow]));
    }

    private static Created<SecretRuleSet> LoadEmbedded()
    {
        var assembly = typeof(SecretRuleSet).Assembly;
        var set = Created<SecretRuleSet>.Ok(new SecretRuleSet([], []));
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Rules/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = RuleFileLoader.Parse(name, Read(assembly, name));
            set = file.Succeeded ? set.Value!.Add(file.Value!, name) : Created<SecretRuleSet>.Failed([.. set.Problems, .. file.Problems]);
            if (!set.Succeeded)
            {
                return set;
            }
        }

        return set;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
