using System.Globalization;
using System.Text;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>Template literal text: escape decoding and <c>&lt;&lt;-</c> heredoc indentation.</summary>
internal sealed partial class Parser
{
    private int _flushIndent;

    /// <summary>
    /// The indentation a <c>&lt;&lt;-</c> heredoc removes: the fewest leading spaces or tabs of any line that
    /// starts with text; blank lines do not count, and a line starting with a sequence counts as zero.
    /// </summary>
    private int MeasureIndent(int from)
    {
        var min = int.MaxValue;
        var depth = 0;
        for (var j = from; ; j++)
        {
            var token = _tokens[j];
            switch (token.Kind)
            {
                case TokenKind.EndOfFile:
                    return min == int.MaxValue ? 0 : min;
                case TokenKind.CloseHeredoc when depth == 0:
                    return min == int.MaxValue ? 0 : min;
                case TokenKind.TemplateInterp:
                case TokenKind.TemplateControl:
                    if (depth == 0 && token.Column == 1)
                    {
                        min = 0;
                    }

                    depth++;
                    break;
                case TokenKind.TemplateSeqEnd:
                    depth--;
                    break;
                case TokenKind.HeredocLiteral when depth == 0 && token.Column == 1:
                    var text = _src.AsSpan(token.Start, token.Length);
                    var indent = text.IndexOfAnyExcept(' ', '\t');
                    if (indent >= 0 && text[indent] is not ('\n' or '\r'))
                    {
                        min = Math.Min(min, indent);
                    }
                    else if (indent < 0)
                    {
                        // Only spaces, followed by a sequence on the same line.
                        min = Math.Min(min, text.Length);
                    }

                    break;
            }
        }
    }

    private string DecodeHeredoc(in Token token)
    {
        var start = token.Start;
        if (_flushIndent > 0 && token.Column == 1)
        {
            var limit = Math.Min(token.End, start + _flushIndent);
            while (start < limit && _src[start] is ' ' or '\t')
            {
                start++;
            }
        }

        var text = _src.AsSpan(start, token.End - start);
        if (text.IndexOfAny('$', '%', '\r') < 0)
        {
            return text.Length <= 64 ? _names.Get(text) : text.ToString();
        }

        var value = new StringBuilder(text.Length);
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            if ((c == '$' || c == '%') && k + 2 < text.Length && text[k + 1] == c && text[k + 2] == '{')
            {
                value.Append(c).Append('{');
                k += 2;
            }
            else if (c == '\r' && k + 1 < text.Length && text[k + 1] == '\n')
            {
                // CRLF becomes LF so a heredoc means the same whatever line endings git checked out.
                continue;
            }
            else
            {
                value.Append(c);
            }
        }

        return value.ToString();
    }

    private string DecodeQuoted(in Token token)
    {
        var text = _src.AsSpan(token.Start, token.Length);
        if (text.IndexOfAny('\\', '$', '%') < 0)
        {
            return _names.Get(text);
        }

        var value = new StringBuilder(text.Length);
        for (var k = 0; k < text.Length;)
        {
            var c = text[k];
            if (c == '\\')
            {
                k = DecodeEscape(text, k, token, value);
            }
            else if ((c == '$' || c == '%') && k + 2 < text.Length && text[k + 1] == c && text[k + 2] == '{')
            {
                value.Append(c).Append('{');
                k += 3;
            }
            else
            {
                value.Append(c);
                k++;
            }
        }

        return value.ToString();
    }

    /// <summary>Decodes the escape at <paramref name="k"/> into <paramref name="value"/>; returns the index after it.</summary>
    private int DecodeEscape(ReadOnlySpan<char> text, int k, in Token token, StringBuilder value)
    {
        if (k + 1 >= text.Length)
        {
            EscapeError(token, k, 1, "A '\\' at the end of a string escapes nothing; write '\\\\' for a backslash");
            value.Append('\\');
            return k + 1;
        }

        var c = text[k + 1];
        switch (c)
        {
            case 'n':
                value.Append('\n');
                return k + 2;
            case 'r':
                value.Append('\r');
                return k + 2;
            case 't':
                value.Append('\t');
                return k + 2;
            case '"':
            case '\\':
                value.Append(c);
                return k + 2;
            case 'u':
            case 'U':
                return DecodeUnicodeEscape(text, k, c == 'u' ? 4 : 8, token, value);
        }

        EscapeError(token, k, 2, $"Invalid escape sequence '\\{c}'; the escapes are \\n \\r \\t \\\" \\\\ \\uNNNN and \\UNNNNNNNN");
        value.Append('\\').Append(c);
        return k + 2;
    }

    private int DecodeUnicodeEscape(ReadOnlySpan<char> text, int k, int digits, in Token token, StringBuilder value)
    {
        var hex = text.Slice(k + 2, Math.Min(digits, text.Length - k - 2));
        if (hex.Length == digits && !hex.ContainsAnyExcept("0123456789abcdefABCDEF")
            && int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var codePoint)
            && codePoint is >= 0 and <= 0x10FFFF)
        {
            // A lone surrogate cannot be converted to a string; keep it as the one UTF-16 unit it is.
            if (codePoint is >= 0xD800 and <= 0xDFFF)
            {
                value.Append((char)codePoint);
            }
            else
            {
                value.Append(char.ConvertFromUtf32(codePoint));
            }

            return k + 2 + digits;
        }

        var marker = digits == 4 ? 'u' : 'U';
        EscapeError(token, k, 2 + hex.Length, $"Invalid escape sequence: '\\{marker}' needs exactly {digits} hexadecimal digits for a Unicode code point up to 10FFFF");
        value.Append('\\').Append(marker);
        return k + 2;
    }

    private void EscapeError(in Token token, int offset, int length, string message) =>
        Error(new SourceRange(token.Line, token.Column + offset, token.Line, token.Column + offset + length), message);
}
