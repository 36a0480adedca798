using System.Text;
using Bulwark.Scanners.Integrity.Policy;
using Bulwark.Scanners.Integrity.Recording;
using Bulwark.Scanners.Integrity.Walking;

namespace Bulwark.Scanners.Integrity.Database;

/// <summary>Decodes entry records in file order (each path is stored as what it shares with the one before and the rest).</summary>
internal sealed class EntryDecoder
{
    private byte[] _previous = [];

    public Entry Decode(ReadOnlySpan<byte> data)
    {
        try
        {
            var at = 0;
            var shared = (int)Varint.Read(data, ref at);
            var rest = (int)Varint.Read(data, ref at);
            if (shared > _previous.Length || rest > data.Length - at)
            {
                throw new FormatException("a path does not fit its record");
            }

            var path = new byte[shared + rest];
            _previous.AsSpan(0, shared).CopyTo(path);
            data.Slice(at, rest).CopyTo(path.AsSpan(shared));
            at += rest;
            _previous = path;
            var entry = new Entry
            {
                Path = Encoding.UTF8.GetString(path),
                Attributes = (Attributes)Varint.Read(data, ref at),
                Type = (FileType)data[at++],
                Mode = (int)Varint.Read(data, ref at),
                Uid = Varint.ReadSigned(data, ref at),
                Gid = Varint.ReadSigned(data, ref at),
                Size = Varint.ReadSigned(data, ref at),
                Inode = Varint.Read(data, ref at),
                Links = Varint.ReadSigned(data, ref at),
                MtimeNs = Varint.ReadSigned(data, ref at),
                CtimeNs = Varint.ReadSigned(data, ref at),
            };
            var flags = data[at++];
            if ((flags & BaselineFormat.HasSha256) != 0)
            {
                entry = entry with { Sha256 = data.Slice(at, 32).ToArray() };
                at += 32;
            }

            return entry with
            {
                Target = (flags & BaselineFormat.HasTarget) != 0 ? Varint.ReadString(data, ref at) : null,
                Xattrs = (flags & BaselineFormat.HasXattrs) != 0 ? Varint.ReadString(data, ref at) : null,
                Error = (flags & BaselineFormat.HasError) != 0 ? Varint.ReadString(data, ref at) : null,
            };
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new BaselineDamagedException("a baseline entry is malformed: " + e.Message);
        }
    }

    public static Facts DecodeFacts(ReadOnlySpan<byte> data)
    {
        try
        {
            var at = 0;
            var reader = Varint.ReadString(data, ref at);
            var count = (int)Varint.Read(data, ref at);
            var values = new List<string>(Math.Min(count, 1 << 16));
            for (var i = 0; i < count; i++)
            {
                values.Add(Varint.ReadString(data, ref at));
            }

            return new Facts(reader, values);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new BaselineDamagedException("a baseline's facts record is malformed: " + e.Message);
        }
    }
}
