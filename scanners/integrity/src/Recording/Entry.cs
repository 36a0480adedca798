using Bulwark.Scanners.Integrity.Policy;
using Bulwark.Scanners.Integrity.Walking;

namespace Bulwark.Scanners.Integrity.Recording;

/// <summary>
/// What a baseline records about one path, and what a check observes now: the stat, and as the rule asks the
/// content's SHA-256, the link target, the extended attributes, and the facts a well-known file holds.
/// </summary>
internal sealed record Entry
{
    public required string Path { get; init; }

    public required Attributes Attributes { get; init; }

    public required FileType Type { get; init; }

    public int Mode { get; init; }

    public long Uid { get; init; }

    public long Gid { get; init; }

    public long Size { get; init; }

    public ulong Inode { get; init; }

    public long Links { get; init; }

    public long MtimeNs { get; init; }

    public long CtimeNs { get; init; }

    /// <summary>The SHA-256 of the content (regular files whose rule compares content or growth).</summary>
    public byte[]? Sha256 { get; init; }

    /// <summary>For a check of a growing file: the SHA-256 of the first <c>Size</c> bytes the baseline had; never stored.</summary>
    public byte[]? PrefixSha256 { get; init; }

    public string? Target { get; init; }

    /// <summary>Sorted <c>name=digest</c> pairs of the extended attributes (ACLs, capabilities, labels); empty for none.</summary>
    public string? Xattrs { get; init; }

    /// <summary>Why the path could not be fully examined (permission denied); what could be read is still recorded.</summary>
    public string? Error { get; init; }

    /// <summary>The fact reader's id and the facts, for files a reader understands.</summary>
    public Facts? Facts { get; init; }
}
