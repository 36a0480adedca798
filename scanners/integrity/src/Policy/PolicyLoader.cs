using Bulwark.Rules;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity.Policy;

/// <summary>
/// Reads a policy file (<c>scanners/integrity/README.md</c> describes it): <c>groups</c> of attributes, <c>rules</c>
/// naming a path and a group or attribute list, <c>exclude</c> globs, <c>skip-unchanged</c>. Every problem names its line.
/// </summary>
internal static class PolicyLoader
{
    public const string BuiltInName = "linux-server (built in)";

    /// <summary>The built-in policy for a Linux server.</summary>
    public static FimPolicy BuiltIn()
    {
        using var stream = typeof(PolicyLoader).Assembly.GetManifestResourceStream("Policy/linux-server.yaml")!;
        using var reader = new StreamReader(stream);
        var loaded = Parse(BuiltInName, reader.ReadToEnd());
        return loaded.Value ?? throw new InvalidOperationException("the built-in policy is invalid: " + string.Join("; ", loaded.Problems));
    }

    /// <summary>Reads the policy file at <paramref name="path"/>, or the built-in policy when it is null.</summary>
    public static Created<FimPolicy> Load(string? path)
    {
        if (path is null)
        {
            return Created<FimPolicy>.Ok(BuiltIn());
        }

        try
        {
            return Parse(path, File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Created<FimPolicy>.Failed(path, "cannot read the integrity policy: " + e.Message);
        }
    }

    /// <summary>Parses policy text; <paramref name="file"/> names it in problems.</summary>
    public static Created<FimPolicy> Parse(string file, string text)
    {
        var parsed = YamlSource.Parse(file, text);
        if (!parsed.Succeeded)
        {
            return Created<FimPolicy>.Failed(parsed.Problems);
        }

        var problems = new List<ConfigProblem>();
        var root = YamlMap.From(parsed.Value!, file, problems, "the policy");
        if (root is null)
        {
            return Created<FimPolicy>.Failed(problems);
        }

        var groups = new Dictionary<string, Attributes>(AttributeNames.Groups, StringComparer.Ordinal);
        if (root.Map("groups") is { } declared)
        {
            foreach (var name in declared.Keys.ToList())
            {
                groups[name] = ReadAttributes(declared.TextList(name), groups, declared.Where(name), problems);
            }
        }

        var rules = root.MapList("rules").Select(r => ReadRule(r, groups, problems)).OfType<WatchRule>().ToList();
        if (rules.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ConfigProblem(root.Where("rules"), "the policy watches nothing: 'rules' needs at least one path"));
        }

        var excludes = root.TextList("exclude").Select(PathGlob.Parse).ToList();
        var skip = root.Flag("skip-unchanged") ?? false;
        root.RejectUnknownKeys();
        return problems.Count > 0 ? Created<FimPolicy>.Failed(problems) : Created<FimPolicy>.Ok(new FimPolicy(rules, excludes, skip, text));
    }

    private static WatchRule? ReadRule(YamlMap map, Dictionary<string, Attributes> groups, List<ConfigProblem> problems)
    {
        var path = map.Text("path", required: true);
        var group = map.Text("group");
        var list = map.TextList("attributes");
        var recurse = map.Flag("recurse") ?? true;
        map.RejectUnknownKeys();
        if (path is null)
        {
            return null;
        }

        if (!path.StartsWith('/') || path.Split('/').Any(s => s is "." or ".."))
        {
            problems.Add(new ConfigProblem(map.Where("path"), $"rule path '{path}' must be absolute inside the root (start with /) without . or .. segments"));
            return null;
        }

        Attributes attributes;
        if (group is not null)
        {
            if (!groups.TryGetValue(group, out attributes))
            {
                problems.Add(new ConfigProblem(map.Where("group"), $"unknown group '{group}' (known: {string.Join(", ", groups.Keys.Order(StringComparer.Ordinal))})"));
                return null;
            }

            attributes |= ReadAttributes(list, groups, map.Where("attributes"), problems);
        }
        else if (list.Count > 0)
        {
            attributes = ReadAttributes(list, groups, map.Where("attributes"), problems);
        }
        else
        {
            problems.Add(new ConfigProblem(map.Where("path"), $"rule '{path}' needs a 'group' or an 'attributes' list"));
            return null;
        }

        var normalised = path.Length > 1 ? path.TrimEnd('/') : path;
        return new WatchRule(normalised, attributes, recurse, map.Where("path"));
    }

    private static Attributes ReadAttributes(IReadOnlyList<string> names, Dictionary<string, Attributes> groups, string where, List<ConfigProblem> problems)
    {
        var result = Attributes.None;
        foreach (var name in names)
        {
            if (AttributeNames.Single.TryGetValue(name, out var single))
            {
                result |= single;
            }
            else if (groups.TryGetValue(name, out var group))
            {
                result |= group;
            }
            else
            {
                problems.Add(new ConfigProblem(where, $"unknown attribute '{name}' (attributes: {string.Join(", ", AttributeNames.Single.Keys)}; groups: {string.Join(", ", groups.Keys.Order(StringComparer.Ordinal))})"));
            }
        }

        return result;
    }
}
