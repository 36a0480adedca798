using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace Bulwark.Ledger.Storage;

/// <summary>
/// A cache of record offsets beside the ledger: <c>LEDGER.idx</c> (one per entry, so entry N is one read away)
/// and <c>LEDGER.cps</c> (one per checkpoint). Derived from the ledger; recomputed when it disagrees.
/// </summary>
public sealed class OffsetFile : IDisposable
{
    private const int HeaderLength = 8;
    private readonly SafeFileHandle _handle;
    private readonly byte[] _magic;
    private long _length;

    private OffsetFile(SafeFileHandle handle, byte[] magic, long length)
    {
        _handle = handle;
        _magic = magic;
        _length = length;
    }

    /// <summary>How many offsets the file holds.</summary>
    public long Count => (_length - HeaderLength) / 8;

    /// <summary>Opens or creates the file with its eight-byte magic; a file with another magic is started afresh.</summary>
    public static OffsetFile Open(string path, string magic, bool writable)
    {
        var expected = System.Text.Encoding.ASCII.GetBytes(magic);
        var handle = File.OpenHandle(path, writable ? FileMode.OpenOrCreate : FileMode.Open, writable ? FileAccess.ReadWrite : FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = RandomAccess.GetLength(handle);
        var found = new byte[HeaderLength];
        if (length < HeaderLength || RandomAccess.Read(handle, found, 0) != HeaderLength || !found.AsSpan().SequenceEqual(expected))
        {
            if (!writable)
            {
                handle.Dispose();
                throw new InvalidDataException($"{path} is not a Bulwark offset cache");
            }

            RandomAccess.SetLength(handle, 0);
            RandomAccess.Write(handle, expected, 0);
            length = HeaderLength;
        }

        return new OffsetFile(handle, expected, HeaderLength + ((length - HeaderLength) / 8 * 8));
    }

    /// <summary>The offset at <paramref name="index"/>.</summary>
    public long Read(long index)
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomAccess.Read(_handle, bytes, HeaderLength + (index * 8));
        return BinaryPrimitives.ReadInt64LittleEndian(bytes);
    }

    /// <summary>Appends offsets.</summary>
    public void Append(IReadOnlyList<long> offsets)
    {
        var buffer = new byte[offsets.Count * 8];
        for (var i = 0; i < offsets.Count; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(buffer.AsSpan(i * 8), offsets[i]);
        }

        RandomAccess.Write(_handle, buffer, _length);
        _length += buffer.Length;
    }

    /// <summary>Keeps only the first <paramref name="count"/> offsets.</summary>
    public void Truncate(long count)
    {
        _length = HeaderLength + (count * 8);
        RandomAccess.SetLength(_handle, _length);
    }

    /// <summary>Forces the file to disk.</summary>
    public void Flush() => RandomAccess.FlushToDisk(_handle);

    /// <summary>The magic this file was opened with.</summary>
    public string Magic => System.Text.Encoding.ASCII.GetString(_magic);

    /// <inheritdoc />
    public void Dispose() => _handle.Dispose();
}
