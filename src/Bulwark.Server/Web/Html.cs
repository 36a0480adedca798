using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Bulwark.Server.Web;

/// <summary>
/// HTML that is safe to send as it is. The only ways to make it are the literal text of an <see cref="Html.Of"/>
/// template in this assembly's source, and encoding: every value put into a template is HTML-encoded unless it is
/// itself <see cref="Markup"/>. So a finding's title, a path, a reason typed by someone, is always text on the page.
/// </summary>
internal readonly record struct Markup(string Value)
{
    public static Markup Empty { get; } = new("");

    public override string ToString() => Value;
}

/// <summary>Templates (<c>Html.Of($"&lt;td&gt;{title}&lt;/td&gt;")</c>) whose holes are encoded by default.</summary>
internal static class Html
{
    // Everything outside ASCII is left as it is (the page is UTF-8); markup characters and quotes are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static Markup Of(ref Template template) => template.ToMarkup();

    /// <summary>Text made safe to put anywhere in an element or a quoted attribute.</summary>
    public static Markup Text(string? text) => new(text is null ? "" : Encoder.Encode(text));

    public static Markup Join(IEnumerable<Markup> parts) => new(string.Concat(parts.Select(p => p.Value)));

    /// <summary>The builder C# fills from an interpolated string: literal parts as they are, every value encoded.</summary>
    [InterpolatedStringHandler]
    internal ref struct Template
    {
        private readonly StringBuilder _text;

        public Template(int literalLength, int formattedCount)
        {
            _text = new StringBuilder(literalLength + (formattedCount * 16));
        }

        public readonly void AppendLiteral(string literal) => _text.Append(literal);

        public readonly void AppendFormatted(Markup markup) => _text.Append(markup.Value);

        public readonly void AppendFormatted(string? text) => _text.Append(Encoder.Encode(text ?? ""));

        // Markup in a list (List<Markup> binds here, not to an IEnumerable overload) is markup still; the rest is text.
        public readonly void AppendFormatted<T>(T value)
        {
            if (value is IEnumerable<Markup> parts)
            {
                foreach (var part in parts)
                {
                    _text.Append(part.Value);
                }

                return;
            }

            _text.Append(Encoder.Encode(value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString() ?? ""));
        }

        public readonly void AppendFormatted<T>(T value, string format)
            where T : IFormattable => _text.Append(Encoder.Encode(value.ToString(format, CultureInfo.InvariantCulture)));

        public readonly Markup ToMarkup() => new(_text.ToString());
    }
}
