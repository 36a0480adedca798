namespace Bulwark.Scanners.Host.Files;

/// <summary>The kinds of directory entry a check cares about.</summary>
public enum HostFileKind
{
    /// <summary>A regular file.</summary>
    File,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A symbolic link.</summary>
    SymbolicLink,

    /// <summary>A device, fifo or socket.</summary>
    Other,
}
