using Bulwark.Sdk;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Scanners.Detection.Sigma.Loading;

/// <summary>
/// Turns a file's YAML documents into rule documents, applying the rule-collection actions of the Sigma 1.0
/// specification ("Rule Collections"), which pySigma still reads: <c>action: global</c> is merged into every later
/// document (several accumulate), <c>action: reset</c> forgets them, and <c>action: repeat</c> makes another rule
/// from the previous one merged with the repeat document. Documents without an action are rules or correlations.
/// </summary>
internal static class RuleCollection
{
    /// <summary>
    /// The rule documents in file order, each with the line its own document starts on. Mappings made by merging have
    /// no line of their own (YamlDotNet gives them 1:1); they are added to <paramref name="merged"/> so messages can
    /// name the document instead.
    /// </summary>
    public static IReadOnlyList<(YamlMappingNode Document, long Line)> Expand(
        string file, IReadOnlyList<YamlNode> documents, List<ConfigProblem> problems, ISet<YamlNode> merged)
    {
        var rules = new List<(YamlMappingNode, long)>();
        YamlMappingNode? global = null;
        YamlMappingNode? previous = null;
        foreach (var node in documents)
        {
            if (node is YamlScalarNode { Value: null or "" })
            {
                continue;
            }

            if (node is not YamlMappingNode document)
            {
                problems.Add(new ConfigProblem($"{file}:{node.Start.Line}", "a Sigma document must be a mapping of keys to values"));
                continue;
            }

            var action = document.Children.TryGetValue(new YamlScalarNode("action"), out var value) ? (value as YamlScalarNode)?.Value : null;
            var body = Without(document, "action");
            switch (action)
            {
                case null:
                    previous = global is null ? document : Merge(global, document, merged);
                    rules.Add((previous, document.Start.Line));
                    break;
                case "global":
                    global = global is null ? body : Merge(global, body, merged);
                    break;
                case "reset":
                    global = null;
                    break;
                case "repeat" when previous is not null:
                    previous = Merge(previous, body, merged);
                    rules.Add((previous, document.Start.Line));
                    break;
                case "repeat":
                    problems.Add(new ConfigProblem($"{file}:{document.Start.Line}", "'action: repeat' has no earlier rule in this file to repeat"));
                    break;
                default:
                    problems.Add(new ConfigProblem($"{file}:{value!.Start.Line}", $"unknown action '{action}' (expected global, reset or repeat)"));
                    break;
            }
        }

        return rules;
    }

    /// <summary>
    /// <paramref name="over"/> laid over <paramref name="under"/>: mappings merge key by key, anything else is replaced.
    /// Untouched nodes are reused, so their line numbers stay right.
    /// </summary>
    public static YamlMappingNode Merge(YamlMappingNode under, YamlMappingNode over, ISet<YamlNode> made)
    {
        var merged = new YamlMappingNode();
        made.Add(merged);
        foreach (var (key, value) in under.Children)
        {
            if (!over.Children.TryGetValue(key, out var replacement))
            {
                merged.Add(key, value);
            }
            else
            {
                merged.Add(key, value is YamlMappingNode a && replacement is YamlMappingNode b ? Merge(a, b, made) : replacement);
            }
        }

        foreach (var (key, value) in over.Children.Where(pair => !under.Children.ContainsKey(pair.Key)))
        {
            merged.Add(key, value);
        }

        return merged;
    }

    private static YamlMappingNode Without(YamlMappingNode document, string key)
    {
        // Only ever merged into others, never reported on, so its lack of a line does not matter.
        var copy = new YamlMappingNode();
        foreach (var (k, v) in document.Children.Where(pair => (pair.Key as YamlScalarNode)?.Value != key))
        {
            copy.Add(k, v);
        }

        return copy;
    }
}
