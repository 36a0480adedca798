using System.Buffers.Binary;
using System.Text;

namespace Bulwark.Scanners.Host.Tests.Inventory;

/// <summary>Builds RPM headers the way the rpmdb stores them: index count, data size, 16-byte entries, data.</summary>
public static class RpmBlob
{
    public static byte[] Header(string name, int nameType = 6)
    {
        // Tag 1001 (version) first, so the reader has to find the name entry rather than take the first one.
        var data = Encoding.UTF8.GetBytes("1.2.3\0" + name + "\0");
        var entries = new (int Tag, int Type, int Offset, int Count)[] { (1001, 6, 0, 1), (1000, nameType, 6, 1) };
        var blob = new byte[8 + (16 * entries.Length) + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(blob, entries.Length);
        BinaryPrimitives.WriteInt32BigEndian(blob.AsSpan(4), data.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var at = blob.AsSpan(8 + (16 * i));
            BinaryPrimitives.WriteInt32BigEndian(at, entries[i].Tag);
            BinaryPrimitives.WriteInt32BigEndian(at[4..], entries[i].Type);
            BinaryPrimitives.WriteInt32BigEndian(at[8..], entries[i].Offset);
            BinaryPrimitives.WriteInt32BigEndian(at[12..], entries[i].Count);
        }

        data.CopyTo(blob, 8 + (16 * entries.Length));
        return blob;
    }
}
