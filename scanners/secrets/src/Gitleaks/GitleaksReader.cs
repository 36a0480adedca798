using System.Text.RegularExpressions;
using Bulwark.Scanners.Secrets.Loading;
using Bulwark.Sdk;
using Tomlyn.Model;

namespace Bulwark.Scanners.Secrets.Gitleaks;

/// <summary>Reads the parts of a gitleaks TOML model into Bulwark rules and allowlists, collecting problems.</summary>
internal sealed class GitleaksReader(string displayPath)
{
    public List<ConfigProblem> Problems { get; } = [];

    public List<SecretRule> ReadRules(TomlTable model)
    {
        var rules = new List<SecretRule>();
        if (!model.TryGetValue("rules", out var value))
        {
            return rules;
        }

        if (value is not TomlTableArray array)
        {
            Problem("'rules' must be an array of tables ([[rules]])");
            return rules;
        }

        foreach (var table in array)
        {
            if (ReadRule(table) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    public List<Allowlist> ReadGlobalAllowlists(TomlTable model, IReadOnlyList<SecretRule> known)
    {
        var lists = new List<Allowlist>();
        if (model.TryGetValue("allowlist", out var old) && old is TomlTable oldTable)
        {
            lists.Add(ReadAllowlist(oldTable, "[allowlist]", known));
        }

        if (model.TryGetValue("allowlists", out var many) && many is TomlTableArray array)
        {
            lists.AddRange(array.Select((t, i) => ReadAllowlist(t, $"[[allowlists]] #{i + 1}", known)));
        }

        return lists;
    }

    public IEnumerable<string> Strings(TomlTable table, string key, string where)
    {
        if (!table.TryGetValue(key, out var value))
        {
            return [];
        }

        if (value is TomlArray array && array.All(v => v is string))
        {
            return array.Cast<string>();
        }

        Problem($"{where}: '{key}' must be a list of strings");
        return [];
    }

    private SecretRule? ReadRule(TomlTable table)
    {
        var id = table.TryGetValue("id", out var idValue) ? idValue as string : null;
        if (string.IsNullOrWhiteSpace(id))
        {
            Problem("a [[rules]] entry has no 'id'");
            return null;
        }

        var where = $"rule '{id}'";
        if (table.ContainsKey("required"))
        {
            Problem($"{where}: composite rules ([[rules.required]]) are not supported");
            return null;
        }

        if (!table.TryGetValue("regex", out var regexValue) || regexValue is not string goRegex)
        {
            Problem($"{where}: rules without a 'regex' (path-only rules) are not supported");
            return null;
        }

        var dotnet = GoRegex.ToDotNet(goRegex, out var error);
        if (dotnet is null || Patterns.TryCompile(dotnet, out error, compiled: false) is not { } pattern)
        {
            Problem($"{where}: regex does not compile: {error}");
            return null;
        }

        Regex? path = null;
        if (table.TryGetValue("path", out var p) && p is string pathRegex && (path = GitleaksConfig.Compile(pathRegex, out error)) is null)
        {
            Problem($"{where}: path regex does not compile: {error}");
            return null;
        }

        var group = table.TryGetValue("secretGroup", out var g) && g is long n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : (pattern.GetGroupNumbers().Contains(1) ? "1" : "0");
        var slug = Regex.Replace(id.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
        var allow = new List<Allowlist>();
        if (table.TryGetValue("allowlist", out var single) && single is TomlTable singleTable)
        {
            allow.Add(ReadAllowlist(singleTable, where + " allowlist", []));
        }

        if (table.TryGetValue("allowlists", out var many) && many is TomlTableArray manyTables)
        {
            allow.AddRange(manyTables.Select(t => ReadAllowlist(t, where + " allowlists", [])));
        }

        var title = table.TryGetValue("description", out var d) && d is string description ? description : id;
        return new SecretRule
        {
            Info = new RuleInfo { Id = "secrets/" + slug, Title = title, Severity = Severity.High, Description = $"Imported from the gitleaks config {displayPath}.", Tags = [.. Strings(table, "tags", where)] },
            Source = $"{displayPath} ({where})",
            Keywords = Strings(table, "keywords", where).Select(k => k.ToLowerInvariant()).ToList(),
            PatternText = dotnet,
            SecretGroup = group,
            MinEntropy = Entropy(table, where),
            Paths = path is null ? [] : [path],
            Allow = allow,
            CompatibleIds = [id],
            FilterPlaceholders = false,
        };
    }

    private double Entropy(TomlTable table, string where)
    {
        switch (table.TryGetValue("entropy", out var value) ? value : null)
        {
            case null:
                return 0;
            case double number:
                return number;
            case long whole:
                return whole;
            default:
                Problem($"{where}: 'entropy' must be a number");
                return 0;
        }
    }

    private Allowlist ReadAllowlist(TomlTable table, string where, IReadOnlyList<SecretRule> known)
    {
        var target = table.TryGetValue("regexTarget", out var t) ? t as string : null;
        var regexes = Regexes(table, "regexes", where);
        var targets = Strings(table, "targetRules", where)
            .SelectMany(id => known.Where(r => GitleaksConfig.GitleaksIds(r).Contains(id) || r.Info.Id == id).Select(r => r.Info.Id).DefaultIfEmpty("secrets/" + id))
            .ToHashSet(StringComparer.Ordinal);
        return new Allowlist
        {
            Secrets = target is null or "secret" ? regexes : [],
            Matches = target == "match" ? regexes : [],
            Lines = target == "line" ? regexes : [],
            Paths = Regexes(table, "paths", where),
            Commits = [.. Strings(table, "commits", where)],
            Stopwords = Strings(table, "stopwords", where).Select(s => s.ToLowerInvariant()).ToList(),
            RequireAll = table.TryGetValue("condition", out var c) && string.Equals(c as string, "AND", StringComparison.OrdinalIgnoreCase),
            TargetRules = targets,
            AppliesToEveryRule = true,
        };
    }

    private List<Regex> Regexes(TomlTable table, string key, string where)
    {
        var list = new List<Regex>();
        foreach (var text in Strings(table, key, where))
        {
            if (GitleaksConfig.Compile(text, out var error) is { } regex)
            {
                list.Add(regex);
            }
            else
            {
                Problem($"{where}: '{key}' regex '{text}' does not compile: {error}");
            }
        }

        return list;
    }

    private void Problem(string message) => Problems.Add(new ConfigProblem(displayPath, message));
}
