using Bulwark.Scanners.Detection.Parsing;

namespace Bulwark.Scanners.Detection.Tests.Parsing;

public class LineReaderTests
{
    private static List<(long Line, string Text)> Read(string text) => LineReader.Read(new StringReader(text)).ToList();

    [Fact]
    public void Lines_end_at_lf_or_crlf_and_a_lone_cr_stays()
    {
        Assert.Equal([(1L, "a"), (2, "b"), (3, ""), (4, "c\rd"), (5, "e")], Read("a\r\nb\n\nc\rd\ne"));
    }

    [Fact]
    public void A_final_newline_does_not_make_an_empty_line()
    {
        Assert.Equal([(1L, "a")], Read("a\n"));
        Assert.Empty(Read(""));
    }

    [Fact]
    public void Lines_spanning_buffer_boundaries_are_whole()
    {
        var lines = Enumerable.Range(0, 5000).Select(i => new string((char)('a' + (i % 26)), i % 97) + "\r").ToList();

        var read = Read(string.Join('\n', lines));

        Assert.Equal(lines.Select(l => l.TrimEnd('\r')), read.Select(r => r.Text));
        Assert.Equal(Enumerable.Range(1, 5000).Select(i => (long)i), read.Select(r => r.Line));
    }

    [Fact]
    public void An_overlong_line_keeps_one_character_more_than_the_limit()
    {
        var read = Read(new string('x', LineReader.MaxLineLength + 5000) + "\r\nnext\n" + new string('y', LineReader.MaxLineLength) + "\r\n");

        Assert.Equal(LineReader.MaxLineLength + 1, read[0].Text.Length);
        Assert.Equal((2L, "next"), read[1]);
        Assert.Equal(LineReader.MaxLineLength, read[2].Text.Length);
        Assert.Equal(3, read.Count);
    }
}
