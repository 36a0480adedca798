using System.Text.RegularExpressions;
using Bulwark.Scanners.Secrets.Loading;
using Bulwark.Sdk;
using Tomlyn;
using Tomlyn.Model;

namespace Bulwark.Scanners.Secrets.Gitleaks;

/// <summary>
/// Loads a gitleaks TOML config so a team switching tools keeps its rules and allowlists. As in gitleaks,
/// the file's rules replace the defaults unless <c>[extend] useDefault = true</c> (then Bulwark's built-in
/// rules stand in for gitleaks' defaults), <c>[extend] path</c> pulls in another config, and
/// <c>disabledRules</c> and <c>targetRules</c> may name rules by their gitleaks ids.
/// </summary>
public static class GitleaksConfig
{
    /// <summary>Builds the rule set a gitleaks config describes on top of <paramref name="defaults"/>.</summary>
    public static Created<SecretRuleSet> Load(string path, string displayPath, SecretRuleSet defaults) =>
        Load(path, displayPath, defaults, depth: 0);

    private static Created<SecretRuleSet> Load(string path, string displayPath, SecretRuleSet defaults, int depth)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Created<SecretRuleSet>.Failed(displayPath, "cannot read gitleaks config: " + e.Message);
        }

        TomlTable model;
        try
        {
            model = TomlSerializer.Deserialize<TomlTable>(text)!;
        }
        catch (TomlException e)
        {
            return Created<SecretRuleSet>.Failed(displayPath, "invalid TOML: " + e.Message);
        }

        var reader = new GitleaksReader(displayPath);
        var baseSet = new SecretRuleSet([], []);
        if (model.TryGetValue("extend", out var extendValue) && extendValue is TomlTable extend)
        {
            if (extend.TryGetValue("useDefault", out var useDefault) && useDefault is true)
            {
                baseSet = defaults;
            }

            if (extend.TryGetValue("path", out var parentPath) && parentPath is string parent)
            {
                if (depth > 4)
                {
                    return Created<SecretRuleSet>.Failed(displayPath, "[extend] path nests more than 4 configs deep");
                }

                var full = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, parent);
                var loaded = Load(full, parent, defaults, depth + 1);
                if (!loaded.Succeeded)
                {
                    return loaded;
                }

                baseSet = Merge(baseSet, loaded.Value!);
            }

            var disabled = reader.Strings(extend, "disabledRules", "[extend]").ToHashSet(StringComparer.Ordinal);
            baseSet = baseSet with { Rules = baseSet.Rules.Where(r => !GitleaksIds(r).Any(disabled.Contains) && !disabled.Contains(r.Info.Id)).ToList() };
        }

        var own = reader.ReadRules(model);
        var globals = reader.ReadGlobalAllowlists(model, baseSet.Rules.Concat(own).ToList());
        if (reader.Problems.Count > 0)
        {
            return Created<SecretRuleSet>.Failed(reader.Problems);
        }

        return Created<SecretRuleSet>.Ok(Merge(baseSet, new SecretRuleSet(own, globals)));
    }

    /// <summary>
    /// The ids gitleaks knows a rule by: its declared gitleaks ids, else the Bulwark id without the room.
    /// Several Bulwark rules may share one gitleaks id (gitleaks has one Stripe rule, Bulwark has live and
    /// test keys apart); naming that id in a gitleaks config then means all of them.
    /// </summary>
    public static IReadOnlyList<string> GitleaksIds(SecretRule rule) =>
        rule.CompatibleIds.Count > 0 ? rule.CompatibleIds : [rule.Info.Id["secrets/".Length..]];

    // A rule in the later set replaces an earlier one with the same gitleaks id, as gitleaks' extend does.
    private static SecretRuleSet Merge(SecretRuleSet first, SecretRuleSet second)
    {
        var replaced = second.Rules.SelectMany(r => r.CompatibleIds.Append(r.Info.Id)).ToHashSet(StringComparer.Ordinal);
        var kept = first.Rules.Where(r => !replaced.Contains(r.Info.Id) && !r.CompatibleIds.Any(replaced.Contains));
        return new SecretRuleSet([.. kept, .. second.Rules], [.. first.GlobalAllow, .. second.GlobalAllow]);
    }

    internal static Regex? Compile(string go, out string? error)
    {
        var dotnet = GoRegex.ToDotNet(go, out error);
        return dotnet is null ? null : Patterns.TryCompile(dotnet, out error, compiled: false);
    }
}
