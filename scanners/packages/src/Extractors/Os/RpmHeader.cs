using System.Buffers.Binary;
using System.Text;

namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// An RPM header as rpm stores it in its database: two big-endian int32 counts (index entries, data bytes), the
/// index entries (tag, type, offset, count; 16 bytes each), then the data store the offsets point into. Region
/// markers (tags 61-63) and the rest of the signature machinery are not needed to read tags, and are ignored.
/// </summary>
internal sealed class RpmHeader
{
    // rpm's own limits (header_internal.h: HEADER_TAGS_MAX, HEADER_DATA_MAX); a blob claiming more is corrupt.
    private const int MaxEntries = 0xFFFF;
    private const int MaxData = 256 * 1024 * 1024;

    private readonly byte[] store;
    private readonly Dictionary<int, (int Type, int Offset, int Count)> entries;

    private RpmHeader(byte[] store, Dictionary<int, (int, int, int)> entries)
    {
        this.store = store;
        this.entries = entries;
    }

    /// <summary>Reads a header blob; null with <paramref name="error"/> saying why when it is not one.</summary>
    public static RpmHeader? Parse(ReadOnlySpan<byte> blob, out string? error)
    {
        error = null;
        if (blob.Length < 8)
        {
            error = $"the header is {blob.Length} bytes, shorter than its 8-byte preamble";
            return null;
        }

        var count = BinaryPrimitives.ReadInt32BigEndian(blob);
        var size = BinaryPrimitives.ReadInt32BigEndian(blob[4..]);
        if (count is < 1 or > MaxEntries || size is < 0 or > MaxData)
        {
            error = $"the header claims {count} index entries and {size} data bytes, outside rpm's limits";
            return null;
        }

        var dataStart = 8 + (count * 16);
        if ((long)dataStart + size > blob.Length)
        {
            error = $"the header claims {count} index entries and {size} data bytes, more than its {blob.Length} bytes";
            return null;
        }

        var entries = new Dictionary<int, (int, int, int)>();
        for (var i = 0; i < count; i++)
        {
            var entry = blob.Slice(8 + (i * 16), 16);
            var tag = BinaryPrimitives.ReadInt32BigEndian(entry);
            var type = BinaryPrimitives.ReadInt32BigEndian(entry[4..]);
            var offset = BinaryPrimitives.ReadInt32BigEndian(entry[8..]);
            var items = BinaryPrimitives.ReadInt32BigEndian(entry[12..]);

            // Later entries override earlier ones, as rpm's "dribble" entries after the immutable region do.
            entries[tag] = (type, offset, items);
        }

        return new RpmHeader(blob.Slice(dataStart, size).ToArray(), entries);
    }

    /// <summary>Whether the header has <paramref name="tag"/>.</summary>
    public bool Has(int tag) => entries.ContainsKey(tag);

    /// <summary>A string tag's value (the first string of an I18N or array tag); null when absent or unreadable.</summary>
    public string? String(int tag) => Strings(tag) is [var first, ..] ? first : null;

    /// <summary>A string or string-array tag's values; null when absent or unreadable.</summary>
    public IReadOnlyList<string>? Strings(int tag)
    {
        if (!entries.TryGetValue(tag, out var entry) || entry.Type is not (RpmTags.TypeString or RpmTags.TypeStringArray or RpmTags.TypeI18nString))
        {
            return null;
        }

        var wanted = entry.Type == RpmTags.TypeString ? 1 : entry.Count;
        if (entry.Offset < 0 || wanted < 1 || wanted > store.Length)
        {
            return null;
        }

        var values = new List<string>(wanted);
        var at = entry.Offset;
        for (var i = 0; i < wanted; i++)
        {
            var end = at < store.Length ? Array.IndexOf(store, (byte)0, at) : -1;
            if (end < 0)
            {
                return null;
            }

            values.Add(Encoding.UTF8.GetString(store, at, end - at));
            at = end + 1;
        }

        return values;
    }

    /// <summary>An integer tag's values (INT8 to INT64); null when absent or unreadable.</summary>
    public IReadOnlyList<long>? Numbers(int tag)
    {
        if (!entries.TryGetValue(tag, out var entry))
        {
            return null;
        }

        var width = entry.Type switch
        {
            RpmTags.TypeInt8 => 1,
            RpmTags.TypeInt16 => 2,
            RpmTags.TypeInt32 => 4,
            RpmTags.TypeInt64 => 8,
            _ => 0,
        };
        if (width == 0 || entry.Offset < 0 || entry.Count < 1 || (long)entry.Offset + ((long)entry.Count * width) > store.Length)
        {
            return null;
        }

        var values = new long[entry.Count];
        for (var i = 0; i < entry.Count; i++)
        {
            var at = store.AsSpan(entry.Offset + (i * width), width);
            values[i] = width switch
            {
                1 => at[0],
                2 => BinaryPrimitives.ReadUInt16BigEndian(at),
                4 => BinaryPrimitives.ReadUInt32BigEndian(at),
                _ => BinaryPrimitives.ReadInt64BigEndian(at),
            };
        }

        return values;
    }
}
