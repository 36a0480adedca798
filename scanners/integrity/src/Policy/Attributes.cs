namespace Bulwark.Scanners.Integrity.Policy;

/// <summary>
/// What a rule compares, in the manner of AIDE's attribute groups. The file's type is always compared: a file that
/// became a link is never an unchanged file.
/// </summary>
[Flags]
internal enum Attributes
{
    None = 0,
    Sha256 = 1 << 0,
    Size = 1 << 1,
    Mode = 1 << 2,
    Owner = 1 << 3,
    Group = 1 << 4,
    Inode = 1 << 5,
    Links = 1 << 6,
    Mtime = 1 << 7,
    Ctime = 1 << 8,
    Target = 1 << 9,
    Xattrs = 1 << 10,

    /// <summary>A log: it may grow, but must never shrink or change the bytes it already had.</summary>
    Growing = 1 << 11,
}
