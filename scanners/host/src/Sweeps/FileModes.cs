using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Sweeps;

/// <summary>The permission bits the sweeps look at, and how evidence writes them.</summary>
internal static class FileModes
{
    /// <summary>Set-user-id on execution.</summary>
    internal const int SetUid = 0b100_000_000_000;

    /// <summary>Set-group-id on execution.</summary>
    internal const int SetGid = 0b010_000_000_000;

    /// <summary>The sticky bit: in a directory only an entry's owner may remove or rename it.</summary>
    internal const int Sticky = 0b001_000_000_000;

    /// <summary>Writable by others (o+w).</summary>
    internal const int OtherWrite = 0b000_000_000_010;

    /// <summary>The mode as <c>ls</c>/<c>chmod</c> write it: four octal digits (<c>0755</c>, <c>4755</c>, <c>1777</c>).</summary>
    internal static string Octal(int mode) => Convert.ToString(mode & 0xFFF, 8).PadLeft(4, '0');

    /// <summary><c>file</c>, <c>directory</c>, <c>symbolic link</c> or <c>special file</c>.</summary>
    internal static string Noun(HostFileKind kind) => kind switch
    {
        HostFileKind.File => "file",
        HostFileKind.Directory => "directory",
        HostFileKind.SymbolicLink => "symbolic link",
        _ => "special file",
    };
}
