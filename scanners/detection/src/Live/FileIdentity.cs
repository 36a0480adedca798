using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Bulwark.Scanners.Detection.Live;

/// <summary>
/// Which file a path or an open handle is (device and inode, from <c>stat</c>/<c>fstat</c> through glibc): how a follower
/// notices that the name it follows now belongs to a new file (log rotation). <c>st_dev</c> and <c>st_ino</c> are the
/// first two 8-byte fields on x86_64 and aarch64 alike.
/// </summary>
internal static partial class FileIdentity
{
    private const int BufferSize = 256;

    public static unsafe (ulong Device, ulong Inode)? Of(string path)
    {
        var buffer = stackalloc byte[BufferSize];
        return Stat(path, buffer) == 0 ? Read(new ReadOnlySpan<byte>(buffer, BufferSize)) : null;
    }

    public static unsafe (ulong Device, ulong Inode)? Of(SafeFileHandle handle)
    {
        var buffer = stackalloc byte[BufferSize];
        return FStat((int)handle.DangerousGetHandle(), buffer) == 0 ? Read(new ReadOnlySpan<byte>(buffer, BufferSize)) : null;
    }

    private static (ulong, ulong) Read(ReadOnlySpan<byte> stat) =>
        (BinaryPrimitives.ReadUInt64LittleEndian(stat), BinaryPrimitives.ReadUInt64LittleEndian(stat[8..]));

    [LibraryImport("libc.so.6", EntryPoint = "stat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Stat(string path, byte* buffer);

    [LibraryImport("libc.so.6", EntryPoint = "fstat", SetLastError = true)]
    private static unsafe partial int FStat(int fd, byte* buffer);
}
