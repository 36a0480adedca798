using Bulwark.Scanners.Detection.Sigma.Model;
using Bulwark.Sdk;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Scanners.Detection.Sigma.Loading;

/// <summary>
/// Loads Sigma rule files. A rule that uses something this engine does not support, or that is wrong, is refused
/// with <c>file:line: rule ID: reason</c>; every other rule still loads. Nothing is silently skipped.
/// </summary>
internal static class SigmaLoader
{
    /// <summary>Loads files, and every <c>.yml</c>/<c>.yaml</c> file under directories (in path order).</summary>
    public static SigmaRuleSet Load(IEnumerable<string> paths)
    {
        var problems = new List<ConfigProblem>();
        var files = new List<(string Path, string Text)>();
        foreach (var path in paths)
        {
            var found = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsRuleFile).Order(StringComparer.Ordinal).ToList()
                : File.Exists(path) ? [path] : null;
            if (found is null)
            {
                problems.Add(new ConfigProblem(path, "no such rule file or directory"));
                continue;
            }

            foreach (var file in found)
            {
                try
                {
                    files.Add((file, File.ReadAllText(file)));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Add(new ConfigProblem(file, "cannot read rule file: " + e.Message));
                }
            }
        }

        var loaded = LoadTexts(files);
        return loaded with { Problems = [.. problems, .. loaded.Problems] };
    }

    /// <summary>Loads rule texts given as (how messages name the file, its text).</summary>
    public static SigmaRuleSet LoadTexts(IEnumerable<(string Path, string Text)> files)
    {
        var problems = new List<ConfigProblem>();
        var rules = new List<SigmaRule>();
        var correlations = new List<SigmaCorrelation>();
        foreach (var (path, text) in files)
        {
            var parsed = YamlDocuments.Parse(path, text);
            if (!parsed.Succeeded)
            {
                problems.AddRange(parsed.Problems);
                continue;
            }

            var merged = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
            foreach (var (document, line) in RuleCollection.Expand(path, parsed.Value!, problems, merged))
            {
                var context = new RuleContext(path, line, problems, merged);
                if (Has(document, "correlation"))
                {
                    correlations.AddIfNotNull(CorrelationReader.Read(document, context));
                }
                else if (Has(document, "filter") && !Has(document, "detection"))
                {
                    RuleHeader.Read(Bulwark.Rules.YamlMap.From(document, path, [], "the filter")!, context);
                    context.Refuse(context.DocumentWhere, "Sigma filters (meta filters) are not supported; put the exclusion into the rules' conditions");
                }
                else
                {
                    rules.AddIfNotNull(RuleReader.Read(document, context));
                }
            }
        }

        var unique = RuleReferences.DropDuplicateIds(rules, correlations, problems);
        var linked = RuleReferences.CheckCorrelations(unique.Rules, unique.Correlations, problems);
        return new SigmaRuleSet(unique.Rules, linked, problems);
    }

    private static bool IsRuleFile(string path) =>
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);

    private static bool Has(YamlMappingNode document, string key) => document.Children.ContainsKey(new YamlScalarNode(key));

    private static void AddIfNotNull<T>(this List<T> list, T? item) where T : class
    {
        if (item is not null)
        {
            list.Add(item);
        }
    }
}
