using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bulwark.Scanners.Integrity.Recording;
using Key = NSec.Cryptography.Key;
using KeyBlobFormat = NSec.Cryptography.KeyBlobFormat;
using SignatureAlgorithm = NSec.Cryptography.SignatureAlgorithm;

namespace Bulwark.Scanners.Integrity.Database;

/// <summary>
/// Writes a baseline as it is walked (entries must come in <see cref="Walking.PathOrder"/>), into a temporary file
/// that replaces the old baseline only once it is complete, signed and on disk.
/// </summary>
internal sealed class BaselineWriter : IDisposable
{
    private readonly string _path;
    private readonly string _temporary;
    private readonly FileStream _file;
    private readonly BufferedStream _stream;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly MemoryStream _record = new();
    private byte[] _previousPath = [];
    private bool _done;

    public BaselineWriter(string path, BaselineHeader header)
    {
        _path = path;
        _temporary = path + ".writing";
        _file = new FileStream(_temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        _stream = new BufferedStream(_file, 1 << 16);
        Append(BaselineFormat.Magic);
        var json = JsonSerializer.SerializeToUtf8Bytes(header, BaselineJson.Options);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)json.Length);
        Append(length);
        Append(json);
    }

    public long Count { get; private set; }

    public void Add(Entry entry)
    {
        _record.SetLength(0);
        var path = Encoding.UTF8.GetBytes(entry.Path);
        var shared = path.AsSpan().CommonPrefixLength(_previousPath);
        Varint.Write(_record, (ulong)shared);
        Varint.Write(_record, (ulong)(path.Length - shared));
        _record.Write(path.AsSpan(shared));
        _previousPath = path;
        Varint.Write(_record, (ulong)entry.Attributes);
        _record.WriteByte((byte)entry.Type);
        Varint.Write(_record, (ulong)entry.Mode);
        Varint.WriteSigned(_record, entry.Uid);
        Varint.WriteSigned(_record, entry.Gid);
        Varint.WriteSigned(_record, entry.Size);
        Varint.Write(_record, entry.Inode);
        Varint.WriteSigned(_record, entry.Links);
        Varint.WriteSigned(_record, entry.MtimeNs);
        Varint.WriteSigned(_record, entry.CtimeNs);
        var flags = (byte)((entry.Sha256 is null ? 0 : BaselineFormat.HasSha256) | (entry.Target is null ? 0 : BaselineFormat.HasTarget)
            | (entry.Xattrs is null ? 0 : BaselineFormat.HasXattrs) | (entry.Error is null ? 0 : BaselineFormat.HasError));
        _record.WriteByte(flags);
        if (entry.Sha256 is { } sha)
        {
            _record.Write(sha);
        }

        WriteOptional(entry.Target);
        WriteOptional(entry.Xattrs);
        WriteOptional(entry.Error);
        Flush(BaselineFormat.EntryRecord);
        Count++;

        if (entry.Facts is { } facts)
        {
            _record.SetLength(0);
            Varint.WriteString(_record, facts.Reader);
            Varint.Write(_record, (ulong)facts.Values.Count);
            foreach (var value in facts.Values)
            {
                Varint.WriteString(_record, value);
            }

            Flush(BaselineFormat.FactsRecord);
        }
    }

    /// <summary>Signs what was written, makes it durable, and moves it over the old baseline.</summary>
    public void Complete(Key key)
    {
        Span<byte> count = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(count, (ulong)Count);
        Append([BaselineFormat.TrailerRecord]);
        Append(count);
        var digest = _hash.GetHashAndReset();
        var message = new byte[BaselineFormat.SignatureContext.Length + digest.Length];
        BaselineFormat.SignatureContext.CopyTo(message);
        digest.CopyTo(message, BaselineFormat.SignatureContext.Length);
        _stream.Write(digest);
        _stream.Write(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        _stream.Write(SignatureAlgorithm.Ed25519.Sign(key, message));
        _stream.Flush();
        _file.Flush(flushToDisk: true);
        _stream.Dispose();
        File.Move(_temporary, _path, overwrite: true);
        _done = true;
    }

    public void Dispose()
    {
        _stream.Dispose();
        _hash.Dispose();
        if (!_done)
        {
            File.Delete(_temporary);
        }
    }

    private void WriteOptional(string? text)
    {
        if (text is not null)
        {
            Varint.WriteString(_record, text);
        }
    }

    private void Flush(byte kind)
    {
        var header = new MemoryStream(11);
        header.WriteByte(kind);
        Varint.Write(header, (ulong)_record.Length);
        Append(header.GetBuffer().AsSpan(0, (int)header.Length));
        Append(_record.GetBuffer().AsSpan(0, (int)_record.Length));
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        _hash.AppendData(bytes);
        _stream.Write(bytes);
    }
}
