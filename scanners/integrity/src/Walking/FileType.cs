namespace Bulwark.Scanners.Integrity.Walking;

/// <summary>What kind of file system object an entry is, from the mode's type bits.</summary>
internal enum FileType : byte
{
    File = 1,
    Directory = 2,
    SymbolicLink = 3,
    Fifo = 4,
    Socket = 5,
    CharacterDevice = 6,
    BlockDevice = 7,
    Unknown = 8,
}
