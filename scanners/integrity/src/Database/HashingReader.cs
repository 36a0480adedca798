using System.Security.Cryptography;

namespace Bulwark.Scanners.Integrity.Database;

/// <summary>Reads a baseline's records from the start of the file up to a limit, hashing every byte it reads.</summary>
internal sealed class HashingReader
{
    private readonly FileStream _file;
    private readonly long _limit;
    private readonly IncrementalHash _hash;
    private readonly byte[] _buffer = new byte[1 << 16];
    private byte[] _record = new byte[256];
    private int _start;
    private int _end;
    private long _bufferOffset;

    public HashingReader(FileStream file, long limit, IncrementalHash hash)
    {
        _file = file;
        _limit = limit;
        _hash = hash;
        _file.Position = 0;
    }

    public long Position => _bufferOffset + _start;

    public byte ReadByte()
    {
        Fill(1);
        return _buffer[_start++];
    }

    /// <summary>A record's payload after its length; valid until the next read.</summary>
    public ReadOnlySpan<byte> ReadRecord()
    {
        ulong length = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (shift > 28)
            {
                throw new BaselineDamagedException("a baseline record is longer than any record can be");
            }

            var b = ReadByte();
            length |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                break;
            }
        }

        var size = (int)length;
        if (size > _record.Length)
        {
            _record = new byte[Math.Max(size, _record.Length * 2)];
        }

        var copied = 0;
        while (copied < size)
        {
            Fill(1);
            var take = Math.Min(size - copied, _end - _start);
            _buffer.AsSpan(_start, take).CopyTo(_record.AsSpan(copied));
            _start += take;
            copied += take;
        }

        return _record.AsSpan(0, size);
    }

    public void Skip(long count)
    {
        while (count > 0)
        {
            Fill(1);
            var take = (int)Math.Min(count, _end - _start);
            _start += take;
            count -= take;
        }
    }

    private void Fill(int needed)
    {
        if (_end - _start >= needed)
        {
            return;
        }

        _bufferOffset += _start;
        var kept = _end - _start;
        _buffer.AsSpan(_start, kept).CopyTo(_buffer);
        _start = 0;
        _end = kept;
        var want = (int)Math.Min(_buffer.Length - kept, _limit - (_bufferOffset + kept));
        if (want <= 0)
        {
            throw new BaselineDamagedException("a baseline record runs past the signed part of the file");
        }

        var read = _file.Read(_buffer, kept, want);
        if (read == 0)
        {
            throw new BaselineDamagedException("the baseline ended early while it was being read");
        }

        _hash.AppendData(_buffer, kept, read);
        _end += read;
    }
}
