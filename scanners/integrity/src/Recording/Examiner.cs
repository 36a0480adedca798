using System.Buffers;
using System.Security.Cryptography;
using Bulwark.Scanners.Integrity.Meaning;
using Bulwark.Scanners.Integrity.Policy;
using Bulwark.Scanners.Integrity.Walking;

namespace Bulwark.Scanners.Integrity.Recording;

/// <summary>
/// Turns what the walk met into an <see cref="Entry"/>: reads the content once, hashing it whole and, for a growing
/// file, hashing the part the baseline had on the way; reads a well-known file's facts. Safe to call in parallel.
/// </summary>
internal static class Examiner
{
    private const int ChunkSize = 256 * 1024;

    // Fact files are small (the largest, dpkg's status, is a few megabytes); a bigger one is not what it claims to be.
    private const long MaxFactFileSize = 64L * 1024 * 1024;

    /// <param name="observed">What the walk met.</param>
    /// <param name="before">The baseline's entry for the path, if any: its hash is re-used when the policy allows and the stat is unchanged, and its size bounds a log's prefix.</param>
    /// <param name="skipUnchanged">Whether to re-use the baseline's hash of an unchanged-looking file.</param>
    public static Entry Examine(Observed observed, Entry? before, bool skipUnchanged)
    {
        var attributes = observed.Rule.Attributes;
        if (observed.Stat is not { } stat)
        {
            return new Entry { Path = observed.Path, Attributes = attributes, Type = FileType.Unknown, Error = observed.Error };
        }

        var entry = new Entry
        {
            Path = observed.Path, Attributes = attributes, Type = stat.Type, Mode = stat.Mode, Uid = stat.Uid, Gid = stat.Gid, Size = stat.Size,
            Inode = stat.Inode, Links = stat.Links, MtimeNs = stat.MtimeNs, CtimeNs = stat.CtimeNs, Error = observed.Error,
        };

        if (attributes.HasFlag(Attributes.Xattrs))
        {
            entry = entry with { Xattrs = NativeFiles.ExtendedAttributes(observed.HostPath) };
        }

        if (stat.Type == FileType.SymbolicLink)
        {
            return entry with { Target = ReadLink(observed.HostPath) };
        }

        if (stat.Type != FileType.File)
        {
            return entry;
        }

        var reader = FactReaders.For(observed.Path);
        var wantsHash = (attributes & (Attributes.Sha256 | Attributes.Growing)) != 0;
        if (wantsHash && skipUnchanged && before is { Sha256: { } known } && LooksUnchanged(before, stat) && reader is null)
        {
            return entry with { Sha256 = known, PrefixSha256 = attributes.HasFlag(Attributes.Growing) ? known : null };
        }

        if (!wantsHash && reader is null)
        {
            return entry;
        }

        var prefix = attributes.HasFlag(Attributes.Growing) && before is { Type: FileType.File } && before.Size <= stat.Size ? before.Size : -1;
        return Read(observed, entry, prefix, wantsHash, reader);
    }

    private static bool LooksUnchanged(Entry before, FileStat stat) =>
        before.Type == FileType.File && before.Size == stat.Size && before.MtimeNs == stat.MtimeNs && before.CtimeNs == stat.CtimeNs && before.Inode == stat.Inode;

    private static Entry Read(Observed observed, Entry entry, long prefix, bool wantsHash, IFactReader? reader)
    {
        var (handle, error) = NoFollow.Open(observed.HostPath);
        if (handle is null)
        {
            return entry with { Error = error };
        }

        using (handle)
        using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            // What was opened must be the regular file the walk saw, not something swapped in since (a FIFO, a device).
            if (NativeFiles.FStat(handle) is not { Type: FileType.File } opened || opened.Inode != entry.Inode)
            {
                return entry with { Error = "replaced while being checked: what was opened is not the file the walk saw" };
            }

            var keep = reader is not null && entry.Size <= MaxFactFileSize ? new ArrayBufferWriter<byte>((int)Math.Max(entry.Size, 16)) : null;
            var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
            byte[]? prefixHash = prefix == 0 ? SHA256.HashData([]) : null;
            try
            {
                long offset = 0;
                while (true)
                {
                    var want = prefixHash is null && prefix > offset ? (int)Math.Min(ChunkSize, prefix - offset) : ChunkSize;
                    var read = RandomAccess.Read(handle, buffer.AsSpan(0, want), offset);
                    if (read == 0)
                    {
                        break;
                    }

                    hash.AppendData(buffer, 0, read);
                    keep?.Write(buffer.AsSpan(0, read));
                    offset += read;
                    if (prefixHash is null && offset == prefix)
                    {
                        prefixHash = hash.GetCurrentHash();
                    }
                }

                var facts = keep is null ? null : new Facts(reader!.Id, reader.Read(keep.WrittenSpan));
                return entry with
                {
                    Size = offset,
                    Sha256 = wantsHash ? hash.GetHashAndReset() : null,
                    PrefixSha256 = prefixHash,
                    Facts = facts,
                };
            }
            catch (Exception e) when (e is IOException or NotSupportedException or UnauthorizedAccessException)
            {
                return entry with { Error = "cannot read: " + e.Message };
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static string? ReadLink(string hostPath)
    {
        try
        {
            return new FileInfo(hostPath).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
