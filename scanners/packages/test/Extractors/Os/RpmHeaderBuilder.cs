using System.Buffers.Binary;
using System.Text;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Os;

/// <summary>
/// Writes RPM header blobs as rpm stores them in rpmdb.sqlite: entry count and data size, 16-byte index entries,
/// then the data store, with the immutable-region marker (tag 63) and its trailer that real headers carry.
/// </summary>
internal sealed class RpmHeaderBuilder
{
    private readonly List<(int Tag, int Type, byte[] Data, int Count, int Align)> entries = [];

    public RpmHeaderBuilder String(int tag, string value) => Add(tag, 6, [.. Encoding.UTF8.GetBytes(value), 0], 1, 1);

    public RpmHeaderBuilder I18nString(int tag, params string[] values) => Add(tag, 9, Join(values), values.Length, 1);

    public RpmHeaderBuilder Strings(int tag, params string[] values) => Add(tag, 8, Join(values), values.Length, 1);

    public RpmHeaderBuilder Int32(int tag, params int[] values)
    {
        var data = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(i * 4), values[i]);
        }

        return Add(tag, 4, data, values.Length, 4);
    }

    /// <summary>A header with NAME, VERSION, RELEASE, ARCH and SOURCERPM, the common case.</summary>
    public static RpmHeaderBuilder Package(string name, string version, string release, string? arch = "x86_64", string? sourceRpm = null)
    {
        var builder = new RpmHeaderBuilder().String(1000, name).String(1001, version).String(1002, release);
        if (arch is not null)
        {
            builder.String(1022, arch);
        }

        return sourceRpm is null ? builder : builder.String(1044, sourceRpm);
    }

    public byte[] Build()
    {
        var sorted = entries.OrderBy(e => e.Tag).ToList();
        var count = sorted.Count + 1;
        var data = new List<byte>();
        var index = new List<(int Tag, int Type, int Offset, int Count)>();
        foreach (var (tag, type, bytes, items, align) in sorted)
        {
            while (data.Count % align != 0)
            {
                data.Add(0);
            }

            index.Add((tag, type, data.Count, items));
            data.AddRange(bytes);
        }

        // The region trailer: tag 63, type BIN, a negative offset back over the index, count 16.
        var trailerOffset = data.Count;
        var trailer = new byte[16];
        BinaryPrimitives.WriteInt32BigEndian(trailer, 63);
        BinaryPrimitives.WriteInt32BigEndian(trailer.AsSpan(4), 7);
        BinaryPrimitives.WriteInt32BigEndian(trailer.AsSpan(8), -(count * 16));
        BinaryPrimitives.WriteInt32BigEndian(trailer.AsSpan(12), 16);
        data.AddRange(trailer);
        index.Insert(0, (63, 7, trailerOffset, 16));

        var blob = new byte[8 + (count * 16) + data.Count];
        BinaryPrimitives.WriteInt32BigEndian(blob, count);
        BinaryPrimitives.WriteInt32BigEndian(blob.AsSpan(4), data.Count);
        for (var i = 0; i < index.Count; i++)
        {
            var at = blob.AsSpan(8 + (i * 16));
            BinaryPrimitives.WriteInt32BigEndian(at, index[i].Tag);
            BinaryPrimitives.WriteInt32BigEndian(at[4..], index[i].Type);
            BinaryPrimitives.WriteInt32BigEndian(at[8..], index[i].Offset);
            BinaryPrimitives.WriteInt32BigEndian(at[12..], index[i].Count);
        }

        data.CopyTo(blob, 8 + (count * 16));
        return blob;
    }

    private RpmHeaderBuilder Add(int tag, int type, byte[] data, int count, int align)
    {
        entries.Add((tag, type, data, count, align));
        return this;
    }

    private static byte[] Join(string[] values) => [.. values.SelectMany(v => Encoding.UTF8.GetBytes(v).Append((byte)0))];
}
