using Bulwark.Scanners.Iac.Yaml;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Compose;

/// <summary>Reading Compose's colon-separated short syntax, where a variable may hide a colon of its own.</summary>
internal static class ComposeText
{
    /// <summary>
    /// Splits at colons that are outside <c>${…}</c> (<c>${PORT:-8080}:80</c>) and outside <c>[…]</c>
    /// (an IPv6 address: <c>[::1]:8080:80</c>).
    /// </summary>
    public static List<string> SplitColons(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ':' when depth == 0:
                    parts.Add(text[start..i]);
                    start = i + 1;
                    break;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    /// <summary>
    /// A part as a value at <paramref name="range"/>: unknown when it holds a variable (its value is only known
    /// when Compose runs), else the text.
    /// </summary>
    public static IacValue Value(string text, SourceRange range) =>
        text.Contains('$', StringComparison.Ordinal)
            ? new IacUnknown($"\"{text}\" is set by an environment variable when Compose runs") { Range = range }
            : new IacString(text) { Range = range };

    /// <summary>The text of a scalar, or null for anything else.</summary>
    public static string? Text(IacValue? value) => value switch
    {
        IacString s => s.Value,
        IacNumber or IacBool => value.Describe(),
        _ => null,
    };

    /// <summary>A member whose key and value are both written at <paramref name="range"/> (a part of a short-syntax string).</summary>
    public static IacMember Member(string key, IacValue value, SourceRange range) => new(key, range, value);

    /// <summary>A value Compose assumes when it is not written.</summary>
    public static IacValue Default(IacValue value, string why, SourceRange range) => value with { Range = range, Origin = why };
}
