using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Bulwark.Scanners.Host.Passwords;

/// <summary>
/// Password hashes checked with the system's own libcrypt (<c>crypt_r</c>), so every scheme it knows works as
/// it does at login: yescrypt <c>$y$</c>, SHA-512 <c>$6$</c>, SHA-256 <c>$5$</c>, MD5 <c>$1$</c>, bcrypt
/// <c>$2b$</c>/<c>$2y$</c>, and traditional DES (13 characters).
/// </summary>
/// <remarks>
/// Callers never try locked fields (starting with <c>!</c> or <c>*</c>) or empty ones: a locked account accepts no
/// password, and an empty field is a different finding (no password at all). Nothing here logs, and the buffers
/// that held a password or its hash are cleared before they are released.
/// </remarks>
public static unsafe class Crypt
{
    private static readonly Lazy<string?> LoadProblem = new(FindLoadProblem);

    /// <summary>
    /// True when <paramref name="password"/> hashed with the settings of <paramref name="storedHash"/> gives exactly
    /// <paramref name="storedHash"/> (compared in constant time); false when it does not, and on any failure (an
    /// unknown scheme, a malformed hash, libcrypt missing).
    /// </summary>
    public static bool Verifies(string password, string storedHash) => Try(password, storedHash) == CryptVerdict.Match;

    /// <summary>Why libcrypt cannot be used on this machine, or null when it can.</summary>
    internal static string? Unavailable => LoadProblem.Value;

    /// <summary>
    /// Like <see cref="Verifies"/>, but tells a mismatch from a hash libcrypt refuses, so a check can say an
    /// account could not be tested instead of passing it.
    /// </summary>
    internal static CryptVerdict Try(string password, string storedHash)
    {
        if (storedHash.Length == 0 || storedHash.Contains('\0') || Unavailable is not null)
        {
            return CryptVerdict.Unsupported;
        }

        // A NUL cannot be typed into a password prompt, and C would cut the string there.
        if (password.Contains('\0'))
        {
            return CryptVerdict.NoMatch;
        }

        var phrase = NullTerminated(password);
        var setting = NullTerminated(storedHash);
        var data = NativeMemory.AllocZeroed(CryptLibrary.CryptDataSize);
        try
        {
            fixed (byte* phrasePointer = phrase)
            fixed (byte* settingPointer = setting)
            {
                var result = CryptLibrary.CryptR(phrasePointer, settingPointer, data);

                // libxcrypt signals failure with NULL or a token starting with '*' ("*0", "*1"), never a valid hash.
                if (result is null || result[0] == (byte)'*')
                {
                    return CryptVerdict.Unsupported;
                }

                var computed = MemoryMarshal.CreateReadOnlySpanFromNullTerminated(result);
                var stored = setting.AsSpan(0, setting.Length - 1);
                return CryptographicOperations.FixedTimeEquals(computed, stored) ? CryptVerdict.Match : CryptVerdict.NoMatch;
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(phrase);
            NativeMemory.Clear(data, CryptLibrary.CryptDataSize);
            NativeMemory.Free(data);
        }
    }

    /// <summary>
    /// A fresh hash of <paramref name="password"/> in the scheme named by <paramref name="prefix"/> (<c>$y$</c>,
    /// <c>$6$</c>, <c>$2b$</c>, <c>""</c> for DES), with <paramref name="cost"/> (0 = libcrypt's default), or null
    /// when libcrypt refuses. Tests use it to build shadow files; the audit never creates hashes.
    /// </summary>
    internal static string? Hash(string password, string prefix, ulong cost = 0)
    {
        if (Unavailable is not null)
        {
            return null;
        }

        var prefixBytes = NullTerminated(prefix);
        var salt = new byte[CryptLibrary.OutputSize];
        fixed (byte* prefixPointer = prefixBytes)
        fixed (byte* saltPointer = salt)
        {
            if (CryptLibrary.CryptGensaltRn(prefixPointer, new CULong((nuint)cost), null, 0, saltPointer, salt.Length) is null)
            {
                return null;
            }
        }

        var saltText = Encoding.UTF8.GetString(salt.AsSpan(0, salt.AsSpan().IndexOf((byte)0)));
        var phrase = NullTerminated(password);
        var setting = NullTerminated(saltText);
        var data = NativeMemory.AllocZeroed(CryptLibrary.CryptDataSize);
        try
        {
            fixed (byte* phrasePointer = phrase)
            fixed (byte* settingPointer = setting)
            {
                var result = CryptLibrary.CryptR(phrasePointer, settingPointer, data);
                return result is null || result[0] == (byte)'*'
                    ? null
                    : Encoding.UTF8.GetString(MemoryMarshal.CreateReadOnlySpanFromNullTerminated(result));
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(phrase);
            NativeMemory.Clear(data, CryptLibrary.CryptDataSize);
            NativeMemory.Free(data);
        }
    }

    private static byte[] NullTerminated(string text)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text) + 1];
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }

    private static string? FindLoadProblem()
    {
        if (!NativeLibrary.TryLoad(CryptLibrary.Name, typeof(Crypt).Assembly, null, out var handle))
        {
            return $"the system's password hashing library ({CryptLibrary.Name}) could not be loaded";
        }

        var complete = NativeLibrary.TryGetExport(handle, "crypt_r", out _) && NativeLibrary.TryGetExport(handle, "crypt_gensalt_rn", out _);
        return complete ? null : $"{CryptLibrary.Name} has no crypt_r or crypt_gensalt_rn (it is not libxcrypt or glibc's libcrypt)";
    }
}
