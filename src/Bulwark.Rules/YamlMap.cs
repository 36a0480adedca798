using System.Globalization;
using Bulwark.Sdk;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Rules;

/// <summary>
/// A strict reader over one YAML mapping: typed look-ups that record a <c>file:line</c> problem instead of
/// throwing, and a check that no unknown keys are present (a typo must not be silently ignored).
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private YamlMap(YamlMappingNode node, string file, List<ConfigProblem> problems)
    {
        _node = node;
        File = file;
        Problems = problems;
    }

    /// <summary>The file messages name.</summary>
    public string File { get; }

    /// <summary>Where problems are collected; shared with child maps.</summary>
    public List<ConfigProblem> Problems { get; }

    /// <summary>The line the mapping starts on.</summary>
    public int Line => (int)_node.Start.Line;

    /// <summary>The keys present, in file order.</summary>
    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    /// <summary>Wraps <paramref name="node"/> if it is a mapping; otherwise records a problem and returns null.</summary>
    public static YamlMap? From(YamlNode node, string file, List<ConfigProblem> problems, string what)
    {
        if (node is YamlMappingNode map)
        {
            return new YamlMap(map, file, problems);
        }

        if (node is YamlScalarNode { Value: null or "" } && node.Start.Line == node.End.Line && node.Tag.IsEmpty)
        {
            return new YamlMap(new YamlMappingNode(), file, problems);
        }

        problems.Add(new ConfigProblem(At(file, node), $"{what} must be a mapping of keys to values"));
        return null;
    }

    /// <summary><c>file:line</c> of a node.</summary>
    public static string At(string file, YamlNode node) => $"{file}:{node.Start.Line}";

    /// <summary><c>file:line</c> of a key's value, or of the mapping when the key is absent.</summary>
    public string Where(string key) => Find(key) is { } node ? At(File, node) : $"{File}:{Line}";

    /// <summary>The raw node under <paramref name="key"/>, marking the key as known.</summary>
    public YamlNode? Find(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    /// <summary>A text value; records a problem when it is required and absent, or not a scalar.</summary>
    public string? Text(string key, bool required = false)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required)
            {
                Problems.Add(new ConfigProblem($"{File}:{Line}", $"missing required key '{key}'"));
            }

            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value ?? "";
        }

        Problems.Add(new ConfigProblem(At(File, node), $"'{key}' must be a single value"));
        return null;
    }

    /// <summary>A list of texts; a single scalar counts as a list of one.</summary>
    public IReadOnlyList<string> TextList(string key)
    {
        var node = Find(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return string.IsNullOrEmpty(scalar.Value) ? [] : [scalar.Value];
            case YamlSequenceNode sequence:
                var values = new List<string>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { } value })
                    {
                        values.Add(value);
                    }
                    else
                    {
                        Problems.Add(new ConfigProblem(At(File, item), $"each item of '{key}' must be a single value"));
                    }
                }

                return values;
            default:
                Problems.Add(new ConfigProblem(At(File, node), $"'{key}' must be a list"));
                return [];
        }
    }

    /// <summary>A number; records a problem when present and not a number.</summary>
    public double? Number(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problems.Add(new ConfigProblem(Where(key), $"'{key}' must be a number, not '{text}'"));
        return null;
    }

    /// <summary>A boolean (true/false); records a problem when present and not one.</summary>
    public bool? Flag(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Problems.Add(new ConfigProblem(Where(key), $"'{key}' must be true or false, not '{text}'"));
        return null;
    }

    /// <summary>A child mapping, or null when absent (a problem when present and not a mapping).</summary>
    public YamlMap? Map(string key) => Find(key) is { } node ? From(node, File, Problems, $"'{key}'") : null;

    /// <summary>The items of a list of mappings; a problem for each item that is not a mapping.</summary>
    public IReadOnlyList<YamlMap> MapList(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Problems.Add(new ConfigProblem(At(File, node), $"'{key}' must be a list"));
            return [];
        }

        return sequence.Select(item => From(item, File, Problems, $"each item of '{key}'")).OfType<YamlMap>().ToList();
    }

    /// <summary>Records a problem for every key that no look-up asked for, naming the keys that are allowed.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var (key, _) in _node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!_read.Contains(name))
            {
                var known = string.Join(", ", _read.Order(StringComparer.Ordinal));
                Problems.Add(new ConfigProblem(At(File, key), $"unknown key '{name}' (expected one of: {known})"));
            }
        }
    }
}
