using System.Security.Cryptography;
using Bulwark.Scanners.Integrity.Changes;
using Bulwark.Scanners.Integrity.Policy;
using Bulwark.Scanners.Integrity.Recording;
using Bulwark.Scanners.Integrity.Walking;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity.Checking;

/// <summary>
/// Files that may only grow. A log whose earlier bytes changed was rewritten. A smaller log was either rotated (its old
/// inode, or its old content as a prefix, now lives under another new name in the same watch: rename-and-create,
/// copy-and-truncate, delayed compression) or truncated, and which is only known once the whole pass has been seen.
/// </summary>
internal sealed class LogWatch(TreeWalker walker)
{
    private readonly List<(Entry Before, Entry After)> _shrunk = [];
    private readonly List<Entry> _added = [];

    /// <summary>Handles the pair when it is a growing file's business; false to leave it to the ordinary comparison.</summary>
    public bool Take(Entry? before, Entry? after, List<Change> changes)
    {
        if (after is { Type: FileType.File } && after.Attributes.HasFlag(Attributes.Growing) && before is null)
        {
            _added.Add(after);
            return false;
        }

        if (before is not { Type: FileType.File } || after is not { Type: FileType.File } || !before.Attributes.HasFlag(Attributes.Growing))
        {
            return false;
        }

        if (after.Error is null && before.Error is null)
        {
            if (after.Size < before.Size)
            {
                _shrunk.Add((before, after));
            }
            else if (before.Sha256 is { } old && after.PrefixSha256 is { } prefix && !old.AsSpan().SequenceEqual(prefix))
            {
                changes.Add(new Change(after.Path, ChangeKinds.LogRewritten, "", $"log {after.Path} was rewritten: its first {before.Size} bytes are not what they were",
                    [new ChangeDetail("sha256-of-first-bytes", Convert.ToHexStringLower(old), Convert.ToHexStringLower(prefix)), new ChangeDetail("size", Number(before.Size), Number(after.Size))]));
            }
        }

        // Owner, mode and extended attributes of a log still matter.
        changes.AddRange(ChangeDetector.Compare(before with { Attributes = before.Attributes & ~Attributes.Growing }, after with { Attributes = after.Attributes & ~Attributes.Growing }));
        return true;
    }

    /// <summary>Decides each shrunk log: rotated (the new file that holds its content is then not reported as added) or shrunk.</summary>
    public void Resolve(List<Change> changes)
    {
        foreach (var (before, after) in _shrunk)
        {
            var rotatedTo = _added.FirstOrDefault(a => a.Inode == before.Inode && a.Size >= before.Size)
                ?? _added.FirstOrDefault(a => a.Size >= before.Size && before.Sha256 is not null && HoldsPrefix(a, before));
            if (rotatedTo is not null)
            {
                changes.RemoveAll(c => c.Path == rotatedTo.Path && c.Kind == ChangeKinds.Added);
                changes.Add(new Change(after.Path, ChangeKinds.LogRotated, "", $"log {after.Path} was rotated to {rotatedTo.Path}",
                    [new ChangeDetail("rotated-to", null, rotatedTo.Path), new ChangeDetail("size", Number(before.Size), Number(after.Size))]));
                continue;
            }

            changes.Add(new Change(after.Path, ChangeKinds.LogShrunk, "", $"log {after.Path} shrank from {before.Size} to {after.Size} bytes and no rotated copy of it was found",
                [new ChangeDetail("size", Number(before.Size), Number(after.Size))]));
        }
    }

    private bool HoldsPrefix(Entry candidate, Entry before)
    {
        var (handle, _) = NoFollow.Open(walker.HostPath(candidate.Path));
        if (handle is null)
        {
            return false;
        }

        using (handle)
        {
            var buffer = new byte[Math.Min(before.Size, 1 << 20)];
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long offset = 0;
            while (offset < before.Size)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, before.Size - offset)), offset);
                if (read == 0)
                {
                    return false;
                }

                hash.AppendData(buffer, 0, read);
                offset += read;
            }

            return hash.GetHashAndReset().AsSpan().SequenceEqual(before.Sha256);
        }
    }

    private static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
