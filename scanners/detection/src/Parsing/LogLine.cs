namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// One numbered line of a log (1-based; without its <c>\n</c> or <c>\r\n</c>), as read: its UTF-8 bytes, or its text
/// when it had to be decoded already (a line longer than <see cref="LineReader.MaxLineLength"/>, kept truncated as the
/// text reader keeps it). <see cref="Utf8"/> may point into a reader's buffer: it holds only until the next line is read.
/// </summary>
internal readonly record struct LogLine(long Number, ReadOnlyMemory<byte> Utf8, string? Text = null)
{
    /// <summary>The line as text (decoded from <see cref="Utf8"/> unless it was already).</summary>
    public string Decoded() => Text ?? System.Text.Encoding.UTF8.GetString(Utf8.Span);

    /// <summary>The same line with bytes of its own, to keep past the next read.</summary>
    public LogLine Kept() => Text is null ? this with { Utf8 = Utf8.ToArray() } : this;

    /// <summary>Whether the line is empty or only white space, as <see cref="string.IsNullOrWhiteSpace"/> says of its text.</summary>
    public bool IsBlank()
    {
        if (Text is not null)
        {
            return string.IsNullOrWhiteSpace(Text);
        }

        foreach (var b in Utf8.Span)
        {
            if (b >= 0x80)
            {
                // Unicode has white space beyond ASCII (no-break and other spaces): the text decides.
                return string.IsNullOrWhiteSpace(Decoded());
            }

            if (!char.IsWhiteSpace((char)b))
            {
                return false;
            }
        }

        return true;
    }
}
