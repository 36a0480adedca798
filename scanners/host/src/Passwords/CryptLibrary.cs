using System.Runtime.InteropServices;

namespace Bulwark.Scanners.Host.Passwords;

/// <summary>
/// The two functions of the system's libcrypt (libxcrypt on Debian 12, <c>libcrypt.so.1</c>) that
/// <see cref="Crypt"/> needs, bound by name so the schemes are exactly those the audited kind of system supports.
/// </summary>
internal static unsafe partial class CryptLibrary
{
    /// <summary>The shared object the functions come from.</summary>
    internal const string Name = "libcrypt.so.1";

    /// <summary>
    /// <c>sizeof(struct crypt_data)</c> in libxcrypt: output (384) + setting (384) + input (512) + reserved (767) +
    /// initialized (1) + internal (30720) = 32768. glibc's own older struct is smaller, so this size fits both.
    /// </summary>
    internal const int CryptDataSize = 32768;

    /// <summary>The size of the <c>output</c> buffer at the start of <c>struct crypt_data</c> (CRYPT_OUTPUT_SIZE).</summary>
    internal const int OutputSize = 384;

    /// <summary><c>char *crypt_r(const char *phrase, const char *setting, struct crypt_data *data)</c>.</summary>
    [LibraryImport(Name, EntryPoint = "crypt_r")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    internal static partial byte* CryptR(byte* phrase, byte* setting, void* data);

    /// <summary>
    /// <c>char *crypt_gensalt_rn(const char *prefix, unsigned long count, const char *rbytes, int nrbytes,
    /// char *output, int output_size)</c>; with no random bytes given, libcrypt draws its own.
    /// </summary>
    [LibraryImport(Name, EntryPoint = "crypt_gensalt_rn")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    internal static partial byte* CryptGensaltRn(byte* prefix, CULong count, byte* rbytes, int nrbytes, byte* output, int outputSize);
}
