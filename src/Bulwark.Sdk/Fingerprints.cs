using System.Security.Cryptography;
using System.Text;

namespace Bulwark.Sdk;

/// <summary>
/// Builds finding fingerprints: a hash over the parts that identify a problem. Callers pass what makes a
/// finding itself (rule, path, the matched content), never a line number, so moving unrelated lines keeps it.
/// </summary>
public static class Fingerprints
{
    /// <summary>A 32-hex-digit fingerprint of the parts, each separated so <c>("ab","c")</c> differs from <c>("a","bc")</c>.</summary>
    public static string Of(params ReadOnlySpan<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            BitConverter.TryWriteBytes(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));
    }
}
