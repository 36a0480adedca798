using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Bulwark.Scanners.Integrity.Walking;

/// <summary>
/// <c>lstat</c>, <c>llistxattr</c> and <c>lgetxattr</c> through glibc: the managed file APIs give neither inode,
/// link count, ctime nor owners, and follow links where integrity checking must not. The <c>struct stat</c> offsets
/// are the x86_64 and the generic (aarch64) kernel layouts; glibc exports <c>lstat</c> as a symbol since 2.33.
/// </summary>
internal static partial class NativeFiles
{
    private const int ENOENT = 2;
    private const int EACCES = 13;
    private const int ENOTDIR = 20;
    private const int ENODATA = 61;
    private const int ENOTSUP = 95;
    private const int ERANGE = 34;
    private const int BufferSize = 256;

    private static readonly StatLayout Layout = RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => new StatLayout(Mode: 24, Links: 16, LinksAreWide: true),
        Architecture.Arm64 => new StatLayout(Mode: 16, Links: 20, LinksAreWide: false),
        _ => throw new PlatformNotSupportedException($"file integrity checking supports Linux on x86_64 and aarch64, not {RuntimeInformation.ProcessArchitecture}"),
    };

    /// <summary><c>lstat</c> of <paramref name="path"/>: the stat, or null and why not (null reason: the path does not exist).</summary>
    public static unsafe (FileStat? Stat, string? Error) LStat(string path)
    {
        var buffer = stackalloc byte[BufferSize];
        if (NativeLStat(path, buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno is ENOENT or ENOTDIR ? (null, null) : (null, Describe(errno));
        }

        return (Parse(new ReadOnlySpan<byte>(buffer, BufferSize)), null);
    }

    /// <summary><c>fstat</c> of an open file: what was actually opened, to compare with what the walk saw.</summary>
    public static unsafe FileStat? FStat(Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        var buffer = stackalloc byte[BufferSize];
        return NativeFStat((int)handle.DangerousGetHandle(), buffer) == 0 ? Parse(new ReadOnlySpan<byte>(buffer, BufferSize)) : null;
    }

    private static FileStat Parse(ReadOnlySpan<byte> bytes)
    {
        var mode = BinaryPrimitives.ReadUInt32LittleEndian(bytes[Layout.Mode..]);
        var links = Layout.LinksAreWide ? (long)BinaryPrimitives.ReadUInt64LittleEndian(bytes[Layout.Links..]) : BinaryPrimitives.ReadUInt32LittleEndian(bytes[Layout.Links..]);
        var uid = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(Layout.Mode + (Layout.LinksAreWide ? 4 : 8))..]);
        var gid = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(Layout.Mode + (Layout.LinksAreWide ? 8 : 12))..]);
        return new FileStat(
            TypeOf(mode),
            (int)(mode & 0xFFF),
            uid,
            gid,
            BinaryPrimitives.ReadInt64LittleEndian(bytes[48..]),
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]),
            links,
            Nanoseconds(bytes, 88),
            Nanoseconds(bytes, 104));
    }

    /// <summary>
    /// The extended attributes (POSIX ACLs, SELinux labels, file capabilities) as sorted <c>name=digest</c> pairs, or
    /// empty when there are none or the file system has none.
    /// </summary>
    public static unsafe string ExtendedAttributes(string path)
    {
        var size = NativeListXattr(path, null, 0);
        if (size <= 0)
        {
            return "";
        }

        var names = new byte[size];
        fixed (byte* list = names)
        {
            size = NativeListXattr(path, list, (nuint)names.Length);
        }

        if (size <= 0)
        {
            return "";
        }

        var pairs = new List<string>();
        foreach (var name in Encoding.UTF8.GetString(names, 0, (int)size).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            pairs.Add($"{name}={Digest(path, name)}");
        }

        pairs.Sort(StringComparer.Ordinal);
        return string.Join(';', pairs);
    }

    private static unsafe string Digest(string path, string name)
    {
        var length = NativeGetXattr(path, name, null, 0);
        if (length < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno is ENODATA or ENOTSUP or ERANGE ? "gone" : "unreadable";
        }

        var value = new byte[length];
        fixed (byte* data = value)
        {
            length = NativeGetXattr(path, name, data, (nuint)value.Length);
        }

        return length < 0 ? "unreadable" : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(value.AsSpan(0, (int)length)))[..16];
    }

    private static long Nanoseconds(ReadOnlySpan<byte> bytes, int offset) =>
        (BinaryPrimitives.ReadInt64LittleEndian(bytes[offset..]) * 1_000_000_000) + BinaryPrimitives.ReadInt64LittleEndian(bytes[(offset + 8)..]);

    private static FileType TypeOf(uint mode) => (mode & 0xF000) switch
    {
        0x8000 => FileType.File,
        0x4000 => FileType.Directory,
        0xA000 => FileType.SymbolicLink,
        0x1000 => FileType.Fifo,
        0xC000 => FileType.Socket,
        0x2000 => FileType.CharacterDevice,
        0x6000 => FileType.BlockDevice,
        _ => FileType.Unknown,
    };

    private static string Describe(int errno) => errno switch
    {
        EACCES => "permission denied",
        40 => "too many levels of symbolic links",
        36 => "file name too long",
        5 => "input/output error",
        _ => $"lstat failed (errno {errno})",
    };

    private readonly record struct StatLayout(int Mode, int Links, bool LinksAreWide);

    [LibraryImport("libc.so.6", EntryPoint = "lstat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int NativeLStat(string path, byte* buffer);

    [LibraryImport("libc.so.6", EntryPoint = "fstat", SetLastError = true)]
    private static unsafe partial int NativeFStat(int fd, byte* buffer);

    [LibraryImport("libc.so.6", EntryPoint = "llistxattr", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial nint NativeListXattr(string path, byte* list, nuint size);

    [LibraryImport("libc.so.6", EntryPoint = "lgetxattr", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial nint NativeGetXattr(string path, string name, byte* value, nuint size);
}
