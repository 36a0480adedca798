using System.Text;

namespace Bulwark.Scanners.Detection.Sigma.Model;

/// <summary>
/// A rule value read as the specification's string syntax: <c>*</c> and <c>?</c> are wildcards, a backslash escapes
/// <c>*</c>, <c>?</c> and itself, and a backslash before anything else is a plain backslash ("Escaping" in the rules
/// specification). Under <c>expand</c>, <c>%name%</c> is a placeholder and <c>\%</c> a plain percent sign.
/// </summary>
internal sealed class SigmaString
{
    private SigmaString(IReadOnlyList<SigmaPart> parts) => Parts = parts;

    /// <summary>The pieces in order; adjacent literals are merged and <c>**</c> is one <c>*</c>.</summary>
    public IReadOnlyList<SigmaPart> Parts { get; }

    public bool HasWildcards => Parts.Any(p => p.Kind is SigmaPartKind.AnyChars or SigmaPartKind.OneChar);

    public bool HasPlaceholders => Parts.Any(p => p.Kind == SigmaPartKind.Placeholder);

    /// <summary>The text when the string is only literal text; null when it has wildcards or placeholders.</summary>
    public string? Plain => Parts.All(p => p.Kind == SigmaPartKind.Literal) ? string.Concat(Parts.Select(p => p.Text)) : null;

    public static SigmaString Literal(string text) => new(text.Length == 0 ? [] : [new SigmaPart(SigmaPartKind.Literal, text)]);

    public static SigmaString Of(IEnumerable<SigmaPart> parts)
    {
        var merged = new List<SigmaPart>();
        foreach (var part in parts)
        {
            var last = merged.Count > 0 ? merged[^1] : default;
            if (part.Kind == SigmaPartKind.Literal && part.Text.Length == 0)
            {
                continue;
            }

            if (merged.Count > 0 && part.Kind == last.Kind && part.Kind is SigmaPartKind.Literal or SigmaPartKind.AnyChars)
            {
                merged[^1] = part.Kind == SigmaPartKind.Literal ? last with { Text = last.Text + part.Text } : last;
                continue;
            }

            merged.Add(part);
        }

        return new SigmaString(merged);
    }

    /// <summary>Reads <paramref name="raw"/>; <paramref name="placeholders"/> turns on <c>%name%</c> (the <c>expand</c> modifier).</summary>
    public static SigmaString Parse(string raw, bool placeholders)
    {
        var parts = new List<SigmaPart>();
        var text = new StringBuilder();
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            var next = i + 1 < raw.Length ? raw[i + 1] : '\0';
            if (c == '\\' && (next is '*' or '?' or '\\' || (placeholders && next == '%')))
            {
                text.Append(next);
                i++;
            }
            else if (c is '*' or '?')
            {
                Flush(parts, text);
                parts.Add(new SigmaPart(c == '*' ? SigmaPartKind.AnyChars : SigmaPartKind.OneChar));
            }
            else if (c == '%' && placeholders && raw.IndexOf('%', i + 1) is var end and > 0 && end > i + 1)
            {
                Flush(parts, text);
                parts.Add(new SigmaPart(SigmaPartKind.Placeholder, raw[(i + 1)..end]));
                i = end;
            }
            else
            {
                text.Append(c);
            }
        }

        Flush(parts, text);
        return Of(parts);
    }

    /// <summary>The same string with <c>*</c> added in front and/or behind (contains, endswith, startswith).</summary>
    public SigmaString Surround(bool before, bool after) =>
        Of((before ? [new SigmaPart(SigmaPartKind.AnyChars)] : Array.Empty<SigmaPart>()).Concat(Parts)
            .Concat(after ? [new SigmaPart(SigmaPartKind.AnyChars)] : []));

    /// <summary>The same string with every literal piece rewritten by <paramref name="map"/>.</summary>
    public SigmaString MapLiterals(Func<string, string> map) =>
        Of(Parts.Select(p => p.Kind == SigmaPartKind.Literal ? p with { Text = map(p.Text) } : p));

    /// <summary>The string written back in Sigma syntax, for messages.</summary>
    public override string ToString() => string.Concat(Parts.Select(p => p.Kind switch
    {
        SigmaPartKind.AnyChars => "*",
        SigmaPartKind.OneChar => "?",
        SigmaPartKind.Placeholder => "%" + p.Text + "%",
        _ => p.Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace("?", "\\?", StringComparison.Ordinal),
    }));

    private static void Flush(List<SigmaPart> parts, StringBuilder text)
    {
        if (text.Length > 0)
        {
            parts.Add(new SigmaPart(SigmaPartKind.Literal, text.ToString()));
            text.Clear();
        }
    }
}
