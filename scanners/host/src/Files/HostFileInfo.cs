namespace Bulwark.Scanners.Host.Files;

/// <summary>What <c>lstat</c> says of a file of the audited system.</summary>
/// <param name="Path">The absolute path as the audited system sees it.</param>
/// <param name="Kind">File, directory, symbolic link, or other.</param>
/// <param name="Mode">The permission bits including setuid, setgid and sticky (<c>0o4755</c>).</param>
/// <param name="Uid">The owner's uid.</param>
/// <param name="Gid">The group's gid.</param>
/// <param name="Size">The size in bytes.</param>
/// <param name="LinkTarget">A symbolic link's target as written; null otherwise.</param>
public sealed record HostFileInfo(string Path, HostFileKind Kind, int Mode, int Uid, int Gid, long Size, string? LinkTarget = null);
