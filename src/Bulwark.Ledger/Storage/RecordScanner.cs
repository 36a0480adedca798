using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Bulwark.Ledger.Storage;

/// <summary>Receives one valid record: its offset in the file, its kind and its payload (valid only during the call).</summary>
public delegate void RecordVisitor(long offset, RecordKind kind, ReadOnlySpan<byte> payload);

/// <summary>
/// Reads records front to back through one large buffer. At the first invalid record it looks for any valid
/// record further on: finding none means the last write was torn; finding one means damage inside the file,
/// and reading stops there so the caller can report it (or, with <c>resume</c>, carries on after it).
/// </summary>
public static class RecordScanner
{
    private const int BufferSize = 4 << 20;

    /// <summary>Visits every valid record from <paramref name="start"/>; returns how the reading ended.</summary>
    public static ScanEnd Scan(SafeFileHandle file, long start, RecordVisitor visit, bool resume = false)
    {
        var length = RandomAccess.GetLength(file);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long bufferStart = start, position = start;
            var filled = RandomAccess.Read(file, buffer, start);
            while (position < length)
            {
                var at = (int)(position - bufferStart);
                var (status, kind, payloadLength) = RecordFormat.TryRead(buffer.AsSpan(at, filled - at));
                if (status == RecordStatus.Valid)
                {
                    visit(position, kind, buffer.AsSpan(at + RecordFormat.Overhead, payloadLength));
                    position += RecordFormat.FramedLength(payloadLength);
                    continue;
                }

                if (status == RecordStatus.Incomplete && bufferStart + filled < length)
                {
                    // Slide the unread part to the front and fill the rest; grow for a record larger than the buffer.
                    var needed = Math.Max(RecordFormat.FramedLength(payloadLength), RecordFormat.Overhead);
                    if (needed > buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(needed);
                        buffer.AsSpan(at, filled - at).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                    else
                    {
                        buffer.AsSpan(at, filled - at).CopyTo(buffer);
                    }

                    filled -= at;
                    bufferStart = position;
                    filled += RandomAccess.Read(file, buffer.AsSpan(filled), bufferStart + filled);
                    continue;
                }

                var next = FindNextValid(file, position + 1, length);
                if (next is null || !resume)
                {
                    return new ScanEnd(position, position, next, length);
                }

                var damage = position;
                var rest = Scan(file, next.Value, visit, resume);
                return rest with { Damage = damage, ResumesAt = next };
            }

            return new ScanEnd(position, null, null, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The offset of the first valid record at or after <paramref name="from"/>, or null.</summary>
    public static long? FindNextValid(SafeFileHandle file, long from, long length)
    {
        // A window of four maximal records; each step re-reads the last one so a record across the edge is seen whole.
        var largest = RecordFormat.FramedLength(RecordFormat.MaxPayload);
        var window = new byte[4 * largest];
        for (var offset = from; offset < length;)
        {
            var read = RandomAccess.Read(file, window, offset);
            var span = window.AsSpan(0, read);
            for (var i = span.IndexOf((byte)0xB7); i >= 0 && i < read; i = NextMarker(span, i + 1))
            {
                if (RecordFormat.TryRead(span[i..]).Status == RecordStatus.Valid)
                {
                    return offset + i;
                }
            }

            offset += Math.Max(1, read - largest);
            if (read < window.Length)
            {
                break;
            }
        }

        return null;
    }

    private static int NextMarker(ReadOnlySpan<byte> span, int from)
    {
        var found = from < span.Length ? span[from..].IndexOf((byte)0xB7) : -1;
        return found < 0 ? -1 : from + found;
    }
}
