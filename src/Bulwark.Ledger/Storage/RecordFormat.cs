using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Bulwark.Ledger.Storage;

/// <summary>
/// The byte layout of the ledger file. A header (magic, version, origin) and then records, each
/// <c>B7 1E | kind | u32 length | payload | u32 CRC-32C(kind, length, payload)</c>, little-endian. The marker lets
/// recovery tell a torn last write (nothing valid after it) from damage in the middle (valid records after it).
/// </summary>
public static class RecordFormat
{
    /// <summary>The file's first eight bytes.</summary>
    public static ReadOnlySpan<byte> Magic => "BWLEDGR1"u8;

    /// <summary>Bytes before a record's payload: marker, kind, length.</summary>
    public const int Overhead = 7;

    /// <summary>Bytes after a record's payload: the checksum.</summary>
    public const int Trailer = 4;

    /// <summary>The largest payload a record may hold (an event or a checkpoint is far smaller).</summary>
    public const int MaxPayload = 1 << 20;

    private const byte Marker0 = 0xB7;
    private const byte Marker1 = 0x1E;

    /// <summary>The header bytes for a log named <paramref name="origin"/>.</summary>
    public static byte[] Header(string origin)
    {
        var name = Encoding.UTF8.GetBytes(origin);
        var header = new byte[Magic.Length + 1 + 2 + name.Length + 4];
        Magic.CopyTo(header);
        header[Magic.Length] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(Magic.Length + 1), (ushort)name.Length);
        name.CopyTo(header.AsSpan(Magic.Length + 3));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(header.Length - 4), Crc(header.AsSpan(0, header.Length - 4)));
        return header;
    }

    /// <summary>Reads the header: the origin and the header's length, or the reason it is not a ledger.</summary>
    public static (string? Origin, int Length, string? Problem) ReadHeader(ReadOnlySpan<byte> start)
    {
        if (start.Length < Magic.Length + 3 || !start[..Magic.Length].SequenceEqual(Magic))
        {
            return (null, 0, "not a Bulwark ledger (the file does not start with BWLEDGR1)");
        }

        if (start[Magic.Length] != 1)
        {
            return (null, 0, $"ledger format version {start[Magic.Length]} is not supported (this Bulwark reads version 1)");
        }

        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(start[(Magic.Length + 1)..]);
        var length = Magic.Length + 3 + nameLength + 4;
        if (start.Length < length || BinaryPrimitives.ReadUInt32LittleEndian(start[(length - 4)..]) != Crc(start[..(length - 4)]))
        {
            return (null, 0, "the ledger header is damaged (checksum mismatch at byte 0)");
        }

        return (Encoding.UTF8.GetString(start.Slice(Magic.Length + 3, nameLength)), length, null);
    }

    /// <summary>The size of a framed record with a payload of <paramref name="payloadLength"/> bytes.</summary>
    public static int FramedLength(int payloadLength) => Overhead + payloadLength + Trailer;

    /// <summary>Frames <paramref name="payload"/> into <paramref name="destination"/>; returns the bytes written.</summary>
    public static int Write(RecordKind kind, ReadOnlySpan<byte> payload, Span<byte> destination)
    {
        destination[0] = Marker0;
        destination[1] = Marker1;
        destination[2] = (byte)kind;
        BinaryPrimitives.WriteInt32LittleEndian(destination[3..], payload.Length);
        payload.CopyTo(destination[Overhead..]);
        var crc = Crc(destination[2..(Overhead + payload.Length)]);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[(Overhead + payload.Length)..], crc);
        return FramedLength(payload.Length);
    }

    /// <summary>
    /// Reads the record at the start of <paramref name="bytes"/>. <c>Incomplete</c> means the bytes end before the
    /// record does (read more, or it is a torn tail); <c>Invalid</c> means no valid record starts here.
    /// </summary>
    public static (RecordStatus Status, RecordKind Kind, int PayloadLength) TryRead(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Overhead)
        {
            return (RecordStatus.Incomplete, 0, 0);
        }

        if (bytes[0] != Marker0 || bytes[1] != Marker1 || bytes[2] is not ((byte)RecordKind.Entry or (byte)RecordKind.Checkpoint))
        {
            return (RecordStatus.Invalid, 0, 0);
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes[3..]);
        if (length < 0 || length > MaxPayload)
        {
            return (RecordStatus.Invalid, 0, 0);
        }

        if (bytes.Length < FramedLength(length))
        {
            return (RecordStatus.Incomplete, (RecordKind)bytes[2], length);
        }

        var stored = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(Overhead + length)..]);
        return stored == Crc(bytes[2..(Overhead + length)])
            ? (RecordStatus.Valid, (RecordKind)bytes[2], length)
            : (RecordStatus.Invalid, (RecordKind)bytes[2], length);
    }

    /// <summary>CRC-32C with the processor's instruction, eight bytes at a time.</summary>
    public static uint Crc(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        while (data.Length >= 8)
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[8..];
        }

        foreach (var b in data)
        {
            crc = BitOperations.Crc32C(crc, b);
        }

        return ~crc;
    }
}

/// <summary>Whether a valid record starts at a position.</summary>
public enum RecordStatus
{
    /// <summary>A complete record with a matching checksum.</summary>
    Valid,

    /// <summary>The bytes end inside the record.</summary>
    Incomplete,

    /// <summary>No valid record starts here (wrong marker, impossible length or checksum mismatch).</summary>
    Invalid,
}
