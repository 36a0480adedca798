using System.Runtime.InteropServices;

namespace Bulwark.Targets.Directories;

/// <summary>
/// Tells fifos, sockets and devices from regular files. .NET's enumeration reports them all as normal
/// files, and opening a fifo blocks until a writer appears, so they must be recognised before any open.
/// </summary>
internal static class SpecialFiles
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Directory = 0x4000;

    private static readonly Lazy<StatxCall?> Statx = new(Find);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int StatxCall(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    /// <summary>True when <paramref name="path"/> exists and is neither a regular file nor a directory.</summary>
    public static bool IsSpecial(string path)
    {
        // statx's layout is the same on every Linux architecture, unlike struct stat's. Elsewhere the check is
        // unavailable and a zero-length special file is rare.
        var statx = Statx.Value;
        var buffer = new byte[256];
        if (statx is null || statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
        {
            return false;
        }

        var type = BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask;
        return type != RegularFile && type != Directory;
    }

    // The running program is linked against the C library, so its symbols resolve whichever libc it is
    // (glibc, musl) without naming a file; DllImport("libc") can land on glibc's libc.so linker script.
    private static StatxCall? Find() =>
        OperatingSystem.IsLinux() && NativeLibrary.TryGetExport(NativeLibrary.GetMainProgramHandle(), "statx", out var address)
            ? Marshal.GetDelegateForFunctionPointer<StatxCall>(address)
            : null;
}
