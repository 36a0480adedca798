using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Bulwark.Scanners.Integrity.Recording;

/// <summary>
/// Opens a file for reading the way integrity checking must: never through a symbolic link swapped in after the walk
/// looked (<c>O_NOFOLLOW</c>), and never blocking on a FIFO that replaced a file (<c>O_NONBLOCK</c>).
/// </summary>
internal static partial class NoFollow
{
    private const int O_RDONLY = 0;
    private const int O_NONBLOCK = 0x800;
    private const int O_CLOEXEC = 0x80000;

    // O_NOFOLLOW differs by architecture: 0x20000 on x86_64, 0x8000 on aarch64.
    private static readonly int NoFollowFlag = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 0x8000 : 0x20000;

    /// <summary>The open handle, or null and the reason.</summary>
    public static (SafeFileHandle? Handle, string? Error) Open(string hostPath)
    {
        var fd = NativeOpen(hostPath, O_RDONLY | O_NONBLOCK | O_CLOEXEC | NoFollowFlag);
        if (fd >= 0)
        {
            return (new SafeFileHandle(fd, ownsHandle: true), null);
        }

        var errno = Marshal.GetLastPInvokeError();
        return (null, errno switch
        {
            13 => "permission denied",
            40 => "replaced by a symbolic link while being checked",
            2 => "removed while being checked",
            _ => $"cannot open (errno {errno})",
        });
    }

    [LibraryImport("libc.so.6", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int NativeOpen(string path, int flags);
}
