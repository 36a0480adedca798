using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Bulwark.Scanners.Host.Files;

/// <summary>
/// <c>lstat</c> through glibc, so that modes keep their setuid/setgid/sticky bits and owners come as numbers without
/// following a final symbolic link. glibc exports <c>lstat</c> as a real symbol since 2.33 (Debian 12 has 2.36); the
/// <c>struct stat</c> layouts are the x86_64 and the generic (aarch64) kernel ones. Anywhere else (another
/// architecture, an older glibc, musl without <c>libc.so.6</c>) the managed fallback answers with uid and gid -1.
/// </summary>
internal static partial class NativeStat
{
    private const int ENOENT = 2;
    private const int EACCES = 13;
    private const int ENOTDIR = 20;
    private const int ENAMETOOLONG = 36;
    private const int ELOOP = 40;

    // Larger than either struct stat (144 bytes on x86_64, 128 on aarch64), so a layout surprise cannot overrun.
    private const int BufferSize = 256;

    private static readonly StatLayout? Native = PickLayout();
    private static bool nativeBroken;

    /// <summary>True when owners and device numbers come from the real <c>lstat</c>; false in the managed fallback.</summary>
    public static bool IsNative => Native is not null && !nativeBroken;

    /// <summary><c>lstat</c> of <paramref name="hostPath"/> (a path on the machine running Bulwark).</summary>
    public static StatOutcome Query(string hostPath)
    {
        if (Native is { } layout && !nativeBroken)
        {
            try
            {
                return QueryNative(hostPath, layout);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                nativeBroken = true;
            }
        }

        return QueryManaged(hostPath);
    }

    private static unsafe StatOutcome QueryNative(string hostPath, StatLayout layout)
    {
        var buffer = stackalloc byte[BufferSize];
        if (LStat(hostPath, buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno switch
            {
                ENOENT or ENOTDIR => StatOutcome.Missing,
                EACCES => new StatOutcome(null, "permission denied"),
                ELOOP => new StatOutcome(null, "too many levels of symbolic links"),
                ENAMETOOLONG => new StatOutcome(null, "file name too long"),
                _ => new StatOutcome(null, $"lstat failed with errno {errno}"),
            };
        }

        var bytes = new ReadOnlySpan<byte>(buffer, BufferSize);
        var mode = BinaryPrimitives.ReadUInt32LittleEndian(bytes[layout.Mode..]);
        return new StatOutcome(
            new RawStat(
                KindOf(mode),
                (int)(mode & 0xFFF),
                (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes[layout.Uid..]),
                (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes[layout.Gid..]),
                BinaryPrimitives.ReadInt64LittleEndian(bytes[layout.Size..]),
                BinaryPrimitives.ReadUInt64LittleEndian(bytes[0..])),
            null);
    }

    private static StatOutcome QueryManaged(string hostPath)
    {
        try
        {
            var attributes = File.GetAttributes(hostPath);
            FileSystemInfo info = attributes.HasFlag(FileAttributes.Directory) ? new DirectoryInfo(hostPath) : new FileInfo(hostPath);
            if (info.LinkTarget is not null)
            {
                return new StatOutcome(new RawStat(HostFileKind.SymbolicLink, 0x1FF, -1, -1, info.LinkTarget.Length, 0), null);
            }

            var kind = info is DirectoryInfo ? HostFileKind.Directory : HostFileKind.File;
            var size = info is FileInfo file ? file.Length : 0;
            return new StatOutcome(new RawStat(kind, (int)info.UnixFileMode, -1, -1, size, 0), null);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return StatOutcome.Missing;
        }
        catch (UnauthorizedAccessException)
        {
            return new StatOutcome(null, "permission denied");
        }
        catch (IOException e)
        {
            return new StatOutcome(null, e.Message);
        }
    }

    private static HostFileKind KindOf(uint mode) => (mode & 0xF000) switch
    {
        0x8000 => HostFileKind.File,
        0x4000 => HostFileKind.Directory,
        0xA000 => HostFileKind.SymbolicLink,
        _ => HostFileKind.Other,
    };

    private static StatLayout? PickLayout()
    {
        if (!OperatingSystem.IsLinux() || !BitConverter.IsLittleEndian)
        {
            return null;
        }

        return RuntimeInformation.ProcessArchitecture switch
        {
            // x86_64: st_dev, st_ino, st_nlink (8 bytes each), st_mode, st_uid, st_gid, pad, st_rdev, st_size.
            Architecture.X64 => new StatLayout(Mode: 24, Uid: 28, Gid: 32, Size: 48),

            // aarch64 uses the generic layout: st_dev, st_ino, st_mode, st_nlink (4 bytes), st_uid, st_gid, st_rdev, pad, st_size.
            Architecture.Arm64 => new StatLayout(Mode: 16, Uid: 24, Gid: 28, Size: 48),
            _ => null,
        };
    }

    [LibraryImport("libc.so.6", EntryPoint = "lstat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int LStat(string path, byte* buffer);
}
