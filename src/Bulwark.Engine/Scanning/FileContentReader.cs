using System.Buffers;
using System.Text;

namespace Bulwark.Engine.Scanning;

/// <summary>
/// Reads a file once into pooled buffers and decodes it: UTF-8 by default, UTF-16 when a byte-order mark
/// says so. A NUL byte in the first 8 KB (git's own test) marks the file binary, and it is not decoded.
/// </summary>
public sealed class FileContentReader : IDisposable
{
    private const int BinaryProbe = 8000;
    private byte[] _bytes = [];
    private char[] _chars = [];

    /// <summary>The bytes read by the last <see cref="Read"/>.</summary>
    public ReadOnlyMemory<byte> Bytes { get; private set; }

    /// <summary>The text decoded by the last <see cref="Read"/>.</summary>
    public ReadOnlyMemory<char> Text { get; private set; }

    /// <summary>Reads <paramref name="stream"/>; returns what kind of content it held.</summary>
    public ContentKind Read(Stream stream, long expectedSize, long maxSize)
    {
        var length = ReadAll(stream, expectedSize, maxSize);
        if (length > maxSize)
        {
            return ContentKind.TooLarge;
        }

        var bytes = _bytes.AsSpan(0, length);
        Bytes = _bytes.AsMemory(0, length);
        var (encoding, preamble) = Detect(bytes);
        if (encoding is null && bytes[..Math.Min(bytes.Length, BinaryProbe)].Contains((byte)0))
        {
            return ContentKind.Binary;
        }

        encoding ??= Encoding.UTF8;
        var body = bytes[preamble..];
        Ensure(ref _chars, encoding.GetMaxCharCount(body.Length));
        var count = encoding.GetChars(body, _chars);
        Text = _chars.AsMemory(0, count);
        return ContentKind.Text;
    }

    /// <summary>Returns the buffers to the pool.</summary>
    public void Dispose()
    {
        Return(ref _bytes);
        Return(ref _chars);
    }

    private int ReadAll(Stream stream, long expectedSize, long maxSize)
    {
        var capacity = (int)Math.Min(Math.Max(expectedSize, 0) + 1, maxSize + 1);
        Ensure(ref _bytes, Math.Max(capacity, 4096));
        var length = 0;
        while (true)
        {
            if (length == _bytes.Length)
            {
                if (length > maxSize)
                {
                    return length;
                }

                Grow(ref _bytes, (int)Math.Min((long)_bytes.Length * 2, maxSize + 1), length);
            }

            var read = stream.Read(_bytes, length, _bytes.Length - length);
            if (read == 0)
            {
                return length;
            }

            length += read;
        }
    }

    private static (Encoding? Encoding, int Preamble) Detect(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (null, 0),
    };

    private static void Ensure<T>(ref T[] buffer, int length)
    {
        if (buffer.Length >= length)
        {
            return;
        }

        Return(ref buffer);
        buffer = ArrayPool<T>.Shared.Rent(length);
    }

    private static void Grow(ref byte[] buffer, int length, int keep)
    {
        var larger = ArrayPool<byte>.Shared.Rent(length);
        buffer.AsSpan(0, keep).CopyTo(larger);
        Return(ref buffer);
        buffer = larger;
    }

    private static void Return<T>(ref T[] buffer)
    {
        if (buffer.Length > 0)
        {
            ArrayPool<T>.Shared.Return(buffer);
        }

        buffer = [];
    }
}

/// <summary>What a file turned out to hold.</summary>
public enum ContentKind
{
    /// <summary>Text, decoded.</summary>
    Text,

    /// <summary>Binary content; not scanned.</summary>
    Binary,

    /// <summary>More bytes than the size limit; not scanned.</summary>
    TooLarge,
}
