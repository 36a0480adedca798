using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Bulwark.Ledger.Merkle;

/// <summary>
/// SHA-256 for tree hashing, where inputs are small and counted in millions. Every .NET SHA-256 call goes
/// through OpenSSL 3's EVP layer, whose per-call work (context set-up, error-queue clearing) costs several
/// times more than hashing a 65-byte node; OpenSSL's plain SHA256_Init/Update/Final on a per-thread context
/// skip all of that and still use the processor's SHA instructions. Where that library cannot be loaded, or
/// disagrees with .NET on a known input, hashing falls back to a reused .NET context.
/// </summary>
internal static partial class Sha256
{
    private const int ContextSize = 128;
    private static readonly bool UseOpenSsl = Probe();

    [ThreadStatic]
    private static byte[]? _native;

    [ThreadStatic]
    private static IncrementalHash? _managed;

    /// <summary>SHA-256(prefix ‖ data) into <paramref name="destination"/>.</summary>
    public static void Hash(byte prefix, ReadOnlySpan<byte> data, Span<byte> destination) => Hash(prefix, data, [], destination);

    /// <summary>SHA-256(prefix ‖ first ‖ second) into <paramref name="destination"/>.</summary>
    public static void Hash(byte prefix, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, Span<byte> destination)
    {
        if (UseOpenSsl)
        {
            var context = _native ??= new byte[ContextSize];
            Native.Init(ref context[0]);
            Native.Update(ref context[0], ref prefix, 1);
            if (!first.IsEmpty)
            {
                Native.Update(ref context[0], ref MemoryMarshal.GetReference(first), (nuint)first.Length);
            }

            if (!second.IsEmpty)
            {
                Native.Update(ref context[0], ref MemoryMarshal.GetReference(second), (nuint)second.Length);
            }

            Native.Final(ref MemoryMarshal.GetReference(destination), ref context[0]);
            return;
        }

        var managed = _managed ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        managed.AppendData([prefix]);
        managed.AppendData(first);
        managed.AppendData(second);
        managed.GetHashAndReset(destination);
    }

    private static bool Probe()
    {
        try
        {
            var context = new byte[ContextSize];
            var input = "bulwark"u8.ToArray();
            Span<byte> native = stackalloc byte[32];
            Native.Init(ref context[0]);
            Native.Update(ref context[0], ref input[0], (nuint)input.Length);
            Native.Final(ref MemoryMarshal.GetReference(native), ref context[0]);
            return native.SequenceEqual(SHA256.HashData(input));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return false;
        }
    }

    private static partial class Native
    {
        private const string Library = "libcrypto.so.3";

        [LibraryImport(Library, EntryPoint = "SHA256_Init")]
        public static partial int Init(ref byte context);

        [LibraryImport(Library, EntryPoint = "SHA256_Update")]
        public static partial int Update(ref byte context, ref byte data, nuint length);

        [LibraryImport(Library, EntryPoint = "SHA256_Final")]
        public static partial int Final(ref byte digest, ref byte context);
    }
}
