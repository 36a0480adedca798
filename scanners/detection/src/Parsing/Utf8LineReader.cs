using System.Text;

namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// Splits a byte stream into numbered lines as <see cref="LineReader"/> splits text, without decoding it: the same
/// numbers, the same <c>\r\n</c> handling, and a line longer than <see cref="LineReader.MaxLineLength"/> characters
/// kept as the same truncated text. A UTF-8 byte-order mark is skipped; a UTF-16 or UTF-32 one has the stream
/// transcoded to UTF-8 first (a text reader would have decoded it).
/// </summary>
internal static class Utf8LineReader
{
    // Enough bytes for MaxLineLength + 1 characters whatever they are (a character is at most 4 bytes), and a margin.
    private const int LongestHeld = 4 * (LineReader.MaxLineLength + 1) + 4;

    public static IEnumerable<LogLine> Read(Stream stream)
    {
        var buffer = new byte[1 << 16];
        var end = Head(ref stream, buffer, out var start);
        var number = 0L;
        string? truncated = null;
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                number++;
                var content = buffer.AsMemory(start, newline);
                start += newline + 1;
                yield return truncated is null ? Line(number, content) : new LogLine(number, default, truncated);
                truncated = null;
                continue;
            }

            if (truncated is not null)
            {
                // The rest of an over-long line is skipped up to its end.
                (start, end) = (0, 0);
            }
            else if (start > 0)
            {
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                (start, end) = (0, end - start);
            }

            if (end == buffer.Length)
            {
                if (buffer.Length < LongestHeld)
                {
                    Array.Resize(ref buffer, Math.Min(LongestHeld, buffer.Length * 2));
                }
                else
                {
                    truncated = Encoding.UTF8.GetString(buffer, 0, end)[..(LineReader.MaxLineLength + 1)];
                    (start, end) = (0, 0);
                }
            }

            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                if (truncated is not null || end > start)
                {
                    yield return truncated is null ? Line(number + 1, buffer.AsMemory(start, end - start)) : new LogLine(number + 1, default, truncated);
                }

                yield break;
            }

            end += read;
        }
    }

    // As the text reader: a trailing \r is dropped, unless the line is too long to be kept whole.
    private static LogLine Line(long number, ReadOnlyMemory<byte> content)
    {
        if (content.Length <= LineReader.MaxLineLength)
        {
            return new LogLine(number, content.Length > 0 && content.Span[^1] == '\r' ? content[..^1] : content);
        }

        var text = Encoding.UTF8.GetString(content.Span);
        if (text.Length > LineReader.MaxLineLength + 1)
        {
            return new LogLine(number, default, text[..(LineReader.MaxLineLength + 1)]);
        }

        return new LogLine(number, default, text.EndsWith('\r') ? text[..^1] : text);
    }

    // The first bytes, with a byte-order mark dealt with: returns how many bytes the buffer holds, and where the log starts.
    private static int Head(ref Stream stream, byte[] buffer, out int start)
    {
        var end = 0;
        int read;
        while (end < 4 && (read = stream.Read(buffer, end, buffer.Length - end)) > 0)
        {
            end += read;
        }

        start = 0;
        var head = buffer.AsSpan(0, end);
        if (head.StartsWith("\uFEFF"u8))
        {
            start = 3;
            return end;
        }

        if (Other(head) is not { } encoding)
        {
            return end;
        }

        // The bytes read so far go back in front of the rest, and the whole is transcoded (mark included, dropped below).
        var prefixed = new PrefixedStream(buffer.AsSpan(0, end).ToArray(), stream);
        stream = Encoding.CreateTranscodingStream(prefixed, encoding, Encoding.UTF8);
        return Head(ref stream, buffer, out start);
    }

    private static Encoding? Other(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xFE, 0, 0, ..] => Encoding.UTF32,
        [0, 0, 0xFE, 0xFF, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };
}
