using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Bulwark.Scanners.Secrets.Output;

/// <summary>
/// Derives secret fingerprints: PBKDF2-SHA256 over the value, salted with the rule id. The fingerprint is
/// published in every report, so it is slow on purpose (a weak password must not fall to a dictionary
/// attack on it); the cache keeps a secret repeated across files and history versions from paying twice.
/// </summary>
public sealed class FingerprintCache
{
    private const int Iterations = 1000;
    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<(string Rule, string Secret), string> _known = new();

    /// <summary>The fingerprint of <paramref name="secret"/> under <paramref name="ruleId"/>.</summary>
    public string Of(string ruleId, ReadOnlySpan<char> secret)
    {
        var key = (ruleId, secret.ToString());
        if (_known.TryGetValue(key, out var known))
        {
            return known;
        }

        var fingerprint = Derive(ruleId, key.Item2);
        if (_known.Count < MaxEntries)
        {
            _known.TryAdd(key, fingerprint);
        }

        return fingerprint;
    }

    /// <summary>The fingerprint without caching: the same value gives the same fingerprint wherever it appears.</summary>
    public static string Derive(string ruleId, string secret)
    {
        var salt = Encoding.UTF8.GetBytes("bulwark/secrets/v1/" + ruleId);
        var key = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(secret), salt, Iterations, HashAlgorithmName.SHA256, 16);
        return Convert.ToHexStringLower(key);
    }
}
