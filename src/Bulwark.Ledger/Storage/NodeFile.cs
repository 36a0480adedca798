using Bulwark.Ledger.Merkle;
using Microsoft.Win32.SafeHandles;

namespace Bulwark.Ledger.Storage;

/// <summary>
/// The tree cache beside the ledger (<c>LEDGER.tree</c>): every perfect subtree's hash, 32 bytes each, in the
/// order an appender completes them (<see cref="TreeMath.PostOrderPosition"/>). Proofs read a few dozen of them
/// directly; nothing is rebuilt. The cache is derived from the ledger and can always be recomputed from it.
/// </summary>
public sealed class NodeFile : IDisposable
{
    private static ReadOnlySpan<byte> Magic => "BWLTREE1"u8;
    private readonly SafeFileHandle _handle;
    private long _length;

    private NodeFile(SafeFileHandle handle, long length)
    {
        _handle = handle;
        _length = length;
    }

    /// <summary>How many node hashes the file holds.</summary>
    public long Count => (_length - Magic.Length) / Hash.Size;

    /// <summary>Opens or creates the file; a file without the right magic is started afresh.</summary>
    public static NodeFile Open(string path, bool writable)
    {
        var handle = File.OpenHandle(path, writable ? FileMode.OpenOrCreate : FileMode.Open, writable ? FileAccess.ReadWrite : FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = RandomAccess.GetLength(handle);
        Span<byte> magic = stackalloc byte[8];
        if (length < Magic.Length || RandomAccess.Read(handle, magic, 0) != Magic.Length || !magic.SequenceEqual(Magic))
        {
            if (!writable)
            {
                handle.Dispose();
                throw new InvalidDataException($"{path} is not a Bulwark tree cache");
            }

            RandomAccess.SetLength(handle, 0);
            RandomAccess.Write(handle, Magic, 0);
            length = Magic.Length;
        }

        // A partly written last node is dropped; the caller recomputes what is missing.
        return new NodeFile(handle, Magic.Length + ((length - Magic.Length) / Hash.Size * Hash.Size));
    }

    /// <summary>The hash at a post-order position.</summary>
    public Hash Read(long position)
    {
        if (position >= Count)
        {
            throw new InvalidDataException($"the tree cache has {Count} nodes, not {position + 1}");
        }

        Span<byte> bytes = stackalloc byte[Hash.Size];
        RandomAccess.Read(_handle, bytes, Magic.Length + (position * Hash.Size));
        return new Hash(bytes);
    }

    /// <summary>The perfect subtree at a level and index, as proofs ask for it.</summary>
    public Hash Perfect(int level, long index) => Read(TreeMath.PostOrderPosition(level, index));

    /// <summary>Appends node hashes at the end.</summary>
    public void Append(IReadOnlyList<Hash> nodes)
    {
        var buffer = new byte[nodes.Count * Hash.Size];
        for (var i = 0; i < nodes.Count; i++)
        {
            nodes[i].Bytes.CopyTo(buffer.AsSpan(i * Hash.Size));
        }

        RandomAccess.Write(_handle, buffer, _length);
        _length += buffer.Length;
    }

    /// <summary>Keeps only the first <paramref name="count"/> nodes.</summary>
    public void Truncate(long count)
    {
        _length = Magic.Length + (count * Hash.Size);
        RandomAccess.SetLength(_handle, _length);
    }

    /// <summary>Forces the file to disk.</summary>
    public void Flush() => RandomAccess.FlushToDisk(_handle);

    /// <inheritdoc />
    public void Dispose() => _handle.Dispose();
}
