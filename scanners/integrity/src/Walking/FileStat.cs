namespace Bulwark.Scanners.Integrity.Walking;

/// <summary>What <c>lstat</c> says about a path: never about what a symbolic link points to.</summary>
/// <param name="Type">The kind of object.</param>
/// <param name="Mode">The permission bits with set-user-id, set-group-id and sticky (12 bits).</param>
/// <param name="Uid">The owning user's number.</param>
/// <param name="Gid">The owning group's number.</param>
/// <param name="Size">Bytes.</param>
/// <param name="Inode">The inode number.</param>
/// <param name="Links">The hard link count.</param>
/// <param name="MtimeNs">Modification time, nanoseconds since the epoch.</param>
/// <param name="CtimeNs">Status change time, nanoseconds since the epoch.</param>
internal readonly record struct FileStat(FileType Type, int Mode, long Uid, long Gid, long Size, ulong Inode, long Links, long MtimeNs, long CtimeNs);
