using System.Text;

namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// Splits text into numbered lines (1-based; <c>\n</c> or <c>\r\n</c>) without ever holding more than one bounded
/// line: a line longer than <see cref="MaxLineLength"/> keeps its first <c>MaxLineLength + 1</c> characters, so it is
/// still reported (as a raw, truncated event) while the rest of it is skipped.
/// </summary>
/// <remarks>Logs are read as bytes by <see cref="Utf8LineReader"/>, which keeps these rules (tests hold it to this reader).</remarks>
internal static class LineReader
{
    /// <summary>The longest line a format parses (1 Mi characters); anything longer is raw.</summary>
    public const int MaxLineLength = 1 << 20;

    private const int BufferSize = 1 << 16;

    public static IEnumerable<(long Line, string Text)> Read(TextReader reader)
    {
        var buffer = new char[BufferSize];
        var partial = new StringBuilder();
        var number = 0L;
        var overflow = false;
        int count;
        while ((count = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            while (start < count)
            {
                var newline = buffer.AsSpan(start, count - start).IndexOf('\n');
                if (newline < 0)
                {
                    overflow |= Keep(partial, buffer.AsSpan(start, count - start));
                    break;
                }

                var content = buffer.AsSpan(start, newline);
                var trimmed = content.Length > 0 && content[^1] == '\r' ? content[..^1] : content;
                number++;
                if (partial.Length == 0 && trimmed.Length <= MaxLineLength)
                {
                    // The common case, a whole line inside the buffer: one string, no copying through the builder.
                    yield return (number, new string(trimmed));
                }
                else
                {
                    overflow |= Keep(partial, content);
                    yield return (number, Finish(partial, overflow));
                    overflow = false;
                }

                start += newline + 1;
            }
        }

        if (partial.Length > 0)
        {
            yield return (number + 1, Finish(partial, overflow));
        }
    }

    /// <summary>Appends what fits of <paramref name="chars"/>; true when some had to be dropped.</summary>
    private static bool Keep(StringBuilder partial, ReadOnlySpan<char> chars)
    {
        var room = Math.Max(0, MaxLineLength + 1 - partial.Length);
        partial.Append(chars[..Math.Min(room, chars.Length)]);
        return chars.Length > room;
    }

    private static string Finish(StringBuilder partial, bool overflow)
    {
        if (!overflow && partial.Length > 0 && partial[^1] == '\r')
        {
            partial.Length--;
        }

        var text = partial.ToString();
        partial.Clear();
        return text;
    }
}
