using System.Globalization;
using Bulwark.Scanners.Iac.Model;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Scanners.Iac.Yaml;

/// <summary>
/// Turns YAML nodes into <see cref="IacValue"/> trees with positions: plain scalars typed the way YAML 1.2's core
/// schema reads them (plus YAML 1.1's yes/no/on/off, which Kubernetes and Ansible still accept), quoted scalars
/// kept as strings, aliases followed, and merge keys (<c>&lt;&lt;: *base</c>) applied. Tagged nodes (CloudFormation's
/// <c>!Ref</c>…) are handed to the <c>tagged</c> callback when given, so a loader can read them its own way.
/// Aliases are followed at most <see cref="MaxValues"/> values deep into one document: past that (an "alias
/// bomb" of nested anchors) the rest is unknown, so a hostile file cannot exhaust memory.
/// </summary>
public static class YamlConversion
{
    /// <summary>Converts <paramref name="node"/>; <paramref name="tagged"/> may claim nodes with a non-standard tag.</summary>
    public static IacValue ToIac(YamlNode node, Func<YamlNode, IacValue?>? tagged = null)
    {
        // The budget is per outermost call; loaders' tag callbacks call back in and share it.
        if (_depth++ == 0)
        {
            _budget = MaxValues;
        }

        try
        {
            return --_budget < 0 ? new IacUnknown($"the document expands to more than {MaxValues} values") { Range = RangeOf(node) } : Convert(node, tagged);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>The most values one document may expand to.</summary>
    public const int MaxValues = 1_000_000;

    [ThreadStatic]
    private static int _depth;

    [ThreadStatic]
    private static int _budget;

    private static IacValue Convert(YamlNode node, Func<YamlNode, IacValue?>? tagged)
    {
        if (tagged is not null && !node.Tag.IsEmpty && !node.Tag.Value.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) && tagged(node) is { } claimed)
        {
            return claimed;
        }

        return node switch
        {
            YamlScalarNode scalar => Scalar(scalar),
            YamlSequenceNode sequence => new IacList(sequence.Children.Select(c => ToIac(c, tagged)).ToList()) { Range = RangeOf(node) },
            YamlMappingNode mapping => Mapping(mapping, tagged),
            _ => new IacNull { Range = RangeOf(node) },
        };
    }

    /// <summary>The range a node spans; for a block collection (whose end YamlDotNet does not record), through its last value.</summary>
    public static SourceRange RangeOf(YamlNode node)
    {
        var start = new SourceRange((int)node.Start.Line, (int)node.Start.Column, (int)node.End.Line, (int)node.End.Column);
        YamlNode? last = node switch
        {
            YamlSequenceNode { Children.Count: > 0 } sequence => sequence.Children[^1],
            YamlMappingNode { Children.Count: > 0 } mapping => mapping.Children[^1].Value,
            _ => null,
        };
        if (last is null || last.Start.Line < node.Start.Line)
        {
            return start;
        }

        var end = RangeOf(last);
        return end.EndLine > start.EndLine || (end.EndLine == start.EndLine && end.EndColumn > start.EndColumn)
            ? start with { EndLine = end.EndLine, EndColumn = end.EndColumn }
            : start;
    }

    private static IacObject Mapping(YamlMappingNode mapping, Func<YamlNode, IacValue?>? tagged)
    {
        var members = new List<IacMember>();
        var merged = new List<IacMember>();
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (name == "<<" && key is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) })
            {
                // Merge keys: the mapping's own keys win over merged ones, earlier merged mappings over later.
                var sources = value is YamlSequenceNode many ? many.Children : [value];
                foreach (var source in sources.OfType<YamlMappingNode>())
                {
                    merged.AddRange(Mapping(source, tagged).Members);
                }

                continue;
            }

            members.RemoveAll(m => m.Key == name);
            members.Add(new IacMember(name, RangeOf(key), ToIac(value, tagged)));
        }

        foreach (var member in merged)
        {
            if (members.All(m => m.Key != member.Key))
            {
                members.Add(member);
            }
        }

        return new IacObject(members) { Range = RangeOf(mapping) };
    }

    private static IacValue Scalar(YamlScalarNode scalar)
    {
        var range = RangeOf(scalar);
        var text = scalar.Value ?? "";
        if (scalar.Style is not YamlDotNet.Core.ScalarStyle.Plain || scalar.Tag == "tag:yaml.org,2002:str")
        {
            return new IacString(text) { Range = range };
        }

        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return new IacNull { Range = range };
            case "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON":
                return new IacBool(true) { Range = range };
            case "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF":
                return new IacBool(false) { Range = range };
        }

        if (LooksNumeric(text) && double.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new IacNumber(number) { Range = range };
        }

        if (text.StartsWith("0x", StringComparison.Ordinal) && long.TryParse(text[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex))
        {
            return new IacNumber(hex) { Range = range };
        }

        return new IacString(text) { Range = range };
    }

    // Version-like strings ("1.10", "3.8.1") and port ranges stay strings where YAML would not read a number.
    private static bool LooksNumeric(string text) =>
        text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' or '.') && text.Count(c => c == '.') <= 1 && !text.Contains(':', StringComparison.Ordinal);
}
