using System.Text;
using Bulwark.Scanners.Detection.Parsing;

namespace Bulwark.Scanners.Detection.Tests.Parsing;

/// <summary>Reading lines as bytes gives what reading them as text gives (<see cref="LineReader"/> on a UTF-8 stream reader).</summary>
public class Utf8LineReaderTests
{
    public static TheoryData<string, string> Inputs => new()
    {
        { "crlf, lone cr, blank lines, no final newline", "a\r\nb\n\nc\rd\ne" },
        { "a final newline", "a\n" },
        { "nothing", "" },
        { "a lone cr at the end", "a\n\r" },
        { "non-ASCII text", "é\r\nπ ≠ 3\n😀\n" },
        { "lines spanning buffers", string.Join('\n', Enumerable.Range(0, 5000).Select(i => new string((char)('a' + (i % 26)), i % 997) + "\r")) },
        { "an over-long ASCII line", new string('x', LineReader.MaxLineLength + 5000) + "\r\nnext\n" + new string('y', LineReader.MaxLineLength) + "\r\n" },
        { "an over-long line at the end", "first\n" + new string('x', 5 * LineReader.MaxLineLength) },
        { "a line just at the limit with cr", new string('x', LineReader.MaxLineLength) + "\r\n" + new string('x', LineReader.MaxLineLength - 1) + "é\r\n" },
        { "an over-long line of wide characters", new string('é', LineReader.MaxLineLength + 2) + "\nnext" },
        { "a line under the limit in characters but over it in bytes", new string('€', LineReader.MaxLineLength / 2) + "\r\nnext" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Bytes_split_as_text_does(string why, string text)
    {
        Assert.NotNull(why);
        foreach (var encoding in new Encoding[] { new UTF8Encoding(false), new UTF8Encoding(true), Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32 })
        {
            var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
            Assert.Equal(AsText(bytes), AsBytes(bytes));
        }
    }

    [Fact]
    public void Invalid_utf8_decodes_as_a_text_reader_decodes_it()
    {
        byte[] bytes = [(byte)'a', 0xC3, (byte)'\n', 0xFF, 0xFE, (byte)'b', (byte)'\n', 0xE2, 0x82, (byte)'\r', (byte)'\n', 0xF0, 0x9F];

        Assert.Equal(AsText(bytes), AsBytes(bytes));
    }

    [Fact]
    public void White_space_beyond_ascii_makes_a_blank_line_as_for_text()
    {
        var lines = Utf8LineReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(" \t\n\u00a0\u2003\n x\n\u00a0é\n"))).Select(l => l.Kept()).ToList();

        Assert.Equal([true, true, false, false], lines.Select(l => l.IsBlank()));
    }

    private static List<(long, string)> AsText(byte[] bytes) =>
        LineReader.Read(new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true)).ToList();

    // Through a stream that hands out a few bytes at a time, so lines and characters straddle reads.
    private static List<(long, string)> AsBytes(byte[] bytes) =>
        Utf8LineReader.Read(new TrickleStream(bytes)).Select(l => (l.Number, l.Decoded())).ToList();

    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        private int _calls;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1 + (_calls++ % 7) * 4099));
    }
}
