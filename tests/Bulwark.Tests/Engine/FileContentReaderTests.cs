using System.Text;
using Bulwark.Engine.Scanning;

namespace Bulwark.Tests.Engine;

public sealed class FileContentReaderTests : IDisposable
{
    private readonly FileContentReader _reader = new();

    public void Dispose() => _reader.Dispose();

    private ContentKind Read(byte[] bytes, long? expectedSize = null, long maxSize = 1 << 20) =>
        _reader.Read(new MemoryStream(bytes), expectedSize ?? bytes.Length, maxSize);

    [Fact]
    public void Utf8_text_is_decoded()
    {
        var kind = Read(Encoding.UTF8.GetBytes("clé = \"värde\"\n日本\n"));

        Assert.Equal(ContentKind.Text, kind);
        Assert.Equal("clé = \"värde\"\n日本\n", _reader.Text.ToString());
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_stripped_from_the_text_but_kept_in_the_bytes()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "key=v"u8];

        Assert.Equal(ContentKind.Text, Read(bytes));
        Assert.Equal("key=v", _reader.Text.ToString());
        Assert.Equal(bytes.Length, _reader.Bytes.Length);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_text_although_it_is_full_of_nul_bytes()
    {
        byte[] littleEndian = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("password=hunter2\n")];
        byte[] bigEndian = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("token: abc\n")];

        Assert.Contains((byte)0, littleEndian);
        Assert.Equal(ContentKind.Text, Read(littleEndian));
        Assert.Equal("password=hunter2\n", _reader.Text.ToString());
        Assert.Equal(ContentKind.Text, Read(bigEndian));
        Assert.Equal("token: abc\n", _reader.Text.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(7999)]
    public void A_nul_byte_in_the_first_8000_bytes_marks_the_file_binary(int at)
    {
        var bytes = Filled(20_000);
        bytes[at] = 0;

        Assert.Equal(ContentKind.Binary, Read(bytes));
    }

    [Theory]
    [InlineData(8000)]
    [InlineData(15_000)]
    public void A_nul_byte_after_the_first_8000_bytes_does_not_make_the_file_binary(int at)
    {
        var bytes = Filled(20_000);
        bytes[at] = 0;

        Assert.Equal(ContentKind.Text, Read(bytes));
        Assert.Equal(20_000, _reader.Text.Length);
        Assert.Equal('\0', _reader.Text.Span[at]);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_binary()
    {
        Assert.Equal(ContentKind.Binary, Read(Encoding.Unicode.GetBytes("no mark here")));
    }

    [Fact]
    public void A_file_of_exactly_the_maximum_size_is_read_and_one_byte_more_is_too_large()
    {
        Assert.Equal(ContentKind.Text, Read(Filled(100), maxSize: 100));
        Assert.Equal(100, _reader.Text.Length);
        Assert.Equal(ContentKind.TooLarge, Read(Filled(101), maxSize: 100));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(100)]
    public void A_stream_longer_than_the_maximum_is_too_large_even_when_its_reported_size_lied(long reportedSize)
    {
        Assert.Equal(ContentKind.TooLarge, Read(Filled(50_000), expectedSize: reportedSize, maxSize: 10_000));
    }

    [Fact]
    public void A_stream_longer_than_its_reported_size_but_within_the_maximum_is_read_whole()
    {
        Assert.Equal(ContentKind.Text, Read(Filled(30_000), expectedSize: 10, maxSize: 1 << 20));
        Assert.Equal(30_000, _reader.Text.Length);
    }

    [Fact]
    public void Reusing_one_reader_for_a_big_file_and_then_a_small_one_gives_the_small_file_only()
    {
        Assert.Equal(ContentKind.Text, Read(Filled(100_000)));
        Assert.Equal(ContentKind.Text, Read("xyz\n"u8.ToArray()));

        Assert.Equal("xyz\n", _reader.Text.ToString());
        Assert.Equal("xyz\n"u8.ToArray(), _reader.Bytes.ToArray());
    }

    [Fact]
    public void Reusing_one_reader_after_a_utf16_file_decodes_the_next_file_as_utf8()
    {
        Assert.Equal(ContentKind.Text, Read([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("wide")]));
        Assert.Equal(ContentKind.Text, Read(Encoding.UTF8.GetBytes("narrow é")));

        Assert.Equal("narrow é", _reader.Text.ToString());
    }

    [Fact]
    public void An_empty_stream_is_empty_text()
    {
        Assert.Equal(ContentKind.Text, Read([]));
        Assert.Equal(0, _reader.Text.Length);
    }

    private static byte[] Filled(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)(i % 64 == 63 ? '\n' : 'a' + (i % 26));
        }

        return bytes;
    }
}
