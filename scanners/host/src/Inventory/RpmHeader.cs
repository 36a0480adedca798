using System.Buffers.Binary;
using System.Text;

namespace Bulwark.Scanners.Host.Inventory;

/// <summary>
/// An RPM header as the rpmdb stores it (without the lead and the 8-byte magic): a big-endian int32 count of index
/// entries, an int32 size of the data store, that many 16-byte entries (tag, type, offset, count), then the data.
/// Only the package name is needed: tag 1000 (<c>RPMTAG_NAME</c>), type 6 (<c>STRING</c>), a NUL-terminated string at
/// its offset in the data store.
/// </summary>
internal static class RpmHeader
{
    /// <summary>RPMTAG_NAME.</summary>
    public const int NameTag = 1000;

    /// <summary>RPM_STRING_TYPE.</summary>
    public const int StringType = 6;

    // rpm itself refuses headers with more entries or data than these (hdrchkTags, hdrchkData).
    private const int MaxEntries = 0xFFFF;
    private const int MaxData = 256 * 1024 * 1024;

    /// <summary>The package name in <paramref name="blob"/>, or null with <paramref name="problem"/> saying what is wrong with it.</summary>
    public static string? Name(ReadOnlySpan<byte> blob, out string? problem)
    {
        problem = null;
        if (blob.Length < 8)
        {
            problem = $"header of {blob.Length} bytes is too short";
            return null;
        }

        var entries = BinaryPrimitives.ReadInt32BigEndian(blob);
        var dataSize = BinaryPrimitives.ReadInt32BigEndian(blob[4..]);
        if (entries is < 1 or > MaxEntries || dataSize is < 0 or > MaxData || 8L + (16L * entries) + dataSize > blob.Length)
        {
            problem = $"header claims {entries} entries and {dataSize} bytes of data in a blob of {blob.Length} bytes";
            return null;
        }

        var data = blob.Slice(8 + (16 * entries), dataSize);
        for (var i = 0; i < entries; i++)
        {
            var entry = blob.Slice(8 + (16 * i), 16);
            if (BinaryPrimitives.ReadInt32BigEndian(entry) != NameTag)
            {
                continue;
            }

            var type = BinaryPrimitives.ReadInt32BigEndian(entry[4..]);
            var offset = BinaryPrimitives.ReadInt32BigEndian(entry[8..]);
            if (type != StringType || offset < 0 || offset >= data.Length)
            {
                problem = $"name entry has type {type} and offset {offset} (data is {data.Length} bytes)";
                return null;
            }

            var text = data[offset..];
            var end = text.IndexOf((byte)0);
            if (end <= 0)
            {
                problem = "name is empty or not terminated";
                return null;
            }

            return Encoding.UTF8.GetString(text[..end]);
        }

        problem = "header has no name";
        return null;
    }
}
