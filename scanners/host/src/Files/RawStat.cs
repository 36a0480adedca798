namespace Bulwark.Scanners.Host.Files;

/// <summary>The fields of one <c>lstat</c> call that the audit uses, read from the host's own path.</summary>
/// <param name="Kind">File, directory, symbolic link or other, from the <c>S_IFMT</c> bits.</param>
/// <param name="Mode">The permission bits with setuid, setgid and sticky (<c>st_mode &amp; 07777</c>).</param>
/// <param name="Uid">The owner, or -1 when the platform fallback cannot tell.</param>
/// <param name="Gid">The group, or -1 when the platform fallback cannot tell.</param>
/// <param name="Size">The size in bytes.</param>
/// <param name="Device">The file system's device number (<c>st_dev</c>), 0 when unknown.</param>
internal readonly record struct RawStat(HostFileKind Kind, int Mode, int Uid, int Gid, long Size, ulong Device);
