using System.Reflection;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Iac.Policy;

/// <summary>The IaC rules of a scan: the built-in ones (YAML embedded under <c>Rules/</c>) plus the user's files.</summary>
public static class IacRuleSet
{
    private static readonly Lazy<Created<IReadOnlyList<IacRule>>> Embedded = new(LoadEmbedded);

    /// <summary>The built-in rules.</summary>
    public static Created<IReadOnlyList<IacRule>> BuiltIn => Embedded.Value;

    /// <summary>The built-in rules plus those in <paramref name="files"/> (text by display path); duplicate ids are problems.</summary>
    public static Created<IReadOnlyList<IacRule>> With(IEnumerable<(string Path, string Text)> files)
    {
        var rules = new List<IacRule>(BuiltIn.Value ?? []);
        var problems = new List<ConfigProblem>(BuiltIn.Problems);
        foreach (var (path, text) in files)
        {
            var parsed = RuleFileReader.Parse(path, text);
            problems.AddRange(parsed.Problems);
            rules.AddRange(parsed.Value ?? []);
        }

        foreach (var duplicate in rules.GroupBy(r => r.Info.Id).Where(g => g.Count() > 1))
        {
            problems.Add(new ConfigProblem(duplicate.Last().Source, $"rule id '{duplicate.Key}' is already defined at {duplicate.First().Source}"));
        }

        return problems.Count > 0 ? Created<IReadOnlyList<IacRule>>.Failed(problems) : Created<IReadOnlyList<IacRule>>.Ok(rules);
    }

    private static Created<IReadOnlyList<IacRule>> LoadEmbedded()
    {
        var assembly = typeof(IacRuleSet).Assembly;
        var rules = new List<IacRule>();
        var problems = new List<ConfigProblem>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Rules/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var parsed = RuleFileReader.Parse(name, Read(assembly, name));
            problems.AddRange(parsed.Problems);
            rules.AddRange(parsed.Value ?? []);
        }

        return problems.Count > 0 ? Created<IReadOnlyList<IacRule>>.Failed(problems) : Created<IReadOnlyList<IacRule>>.Ok(rules);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
