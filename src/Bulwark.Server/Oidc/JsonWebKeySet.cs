using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace Bulwark.Server.Oidc;

/// <summary>
/// The provider's signing keys from its <c>jwks_uri</c> (RFC 7517), and checking a token's signature with them. Only
/// asymmetric algorithms are accepted (RS256, RS384, RS512, PS256, ES256, ES384): <c>none</c> signs nothing, and an
/// HS* token would be "signed" with a key everyone can download.
/// </summary>
internal sealed class JsonWebKeySet
{
    private readonly IReadOnlyList<JsonElement> _keys;

    private JsonWebKeySet(IReadOnlyList<JsonElement> keys) => _keys = keys;

    public static readonly IReadOnlySet<string> Algorithms = new HashSet<string>(StringComparer.Ordinal) { "RS256", "RS384", "RS512", "PS256", "ES256", "ES384" };

    public static (JsonWebKeySet? Keys, string? Problem) Parse(JsonElement document)
    {
        if (document.ValueKind != JsonValueKind.Object || !document.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return (null, "not a JWK set (no keys array)");
        }

        return (new JsonWebKeySet([.. keys.EnumerateArray().Where(k => k.ValueKind == JsonValueKind.Object).Select(k => k.Clone())]), null);
    }

    /// <summary>Whether a key of this set may check <paramref name="token"/>'s signature (its <c>kid</c>, type and use fit).</summary>
    public bool HasKeyFor(JsonWebToken token) => Candidates(token).Any();

    /// <summary>Null when one of the keys verifies <paramref name="token"/>'s signature; otherwise why not.</summary>
    public string? Verify(JsonWebToken token)
    {
        var alg = token.Algorithm;
        if (alg is null || !Algorithms.Contains(alg))
        {
            return $"its algorithm '{alg ?? "(none given)"}' is not accepted; accepted are {string.Join(", ", Algorithms.Order(StringComparer.Ordinal))}";
        }

        var candidates = Candidates(token).ToList();
        if (candidates.Count == 0)
        {
            return $"the provider has no {alg} key {(token.KeyId is { } kid ? $"with kid '{kid}'" : "(the token names none)")}";
        }

        foreach (var key in candidates)
        {
            try
            {
                if (Verifies(key, alg, token.Signed, token.Signature))
                {
                    return null;
                }
            }
            catch (Exception e) when (e is CryptographicException or FormatException)
            {
                // A malformed key in the set is not this token's fault; another key may still verify it.
            }
        }

        return "its signature does not verify with the provider's key";
    }

    private IEnumerable<JsonElement> Candidates(JsonWebToken token)
    {
        var alg = token.Algorithm ?? "";
        var kty = alg.StartsWith("ES", StringComparison.Ordinal) ? "EC" : "RSA";
        return _keys.Where(k => JsonWebToken.Text(k, "kty") == kty
            && JsonWebToken.Text(k, "use") is null or "sig"
            && (JsonWebToken.Text(k, "alg") is not { } keyAlg || keyAlg == alg)
            && (token.KeyId is null || JsonWebToken.Text(k, "kid") == token.KeyId));
    }

    private static bool Verifies(JsonElement key, string alg, byte[] data, byte[] signature)
    {
        var hash = alg[2..] switch
        {
            "384" => HashAlgorithmName.SHA384,
            "512" => HashAlgorithmName.SHA512,
            _ => HashAlgorithmName.SHA256,
        };
        if (alg.StartsWith("ES", StringComparison.Ordinal))
        {
            var curve = (alg, JsonWebToken.Text(key, "crv")) switch
            {
                ("ES256", "P-256") => ECCurve.NamedCurves.nistP256,
                ("ES384", "P-384") => ECCurve.NamedCurves.nistP384,
                _ => (ECCurve?)null,
            };
            if (curve is not { } named)
            {
                return false;
            }

            using var ec = ECDsa.Create(new ECParameters { Curve = named, Q = new ECPoint { X = Bytes(key, "x"), Y = Bytes(key, "y") } });
            return ec.VerifyData(data, signature, hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }

        using var rsa = RSA.Create(new RSAParameters { Modulus = Bytes(key, "n"), Exponent = Bytes(key, "e") });
        // Keys under 2048 bits can be factored by those with the means; a provider should not use them.
        if (rsa.KeySize < 2048)
        {
            return false;
        }

        return rsa.VerifyData(data, signature, hash, alg.StartsWith("PS", StringComparison.Ordinal) ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1);
    }

    private static byte[] Bytes(JsonElement key, string name) =>
        Base64Url.DecodeFromChars(JsonWebToken.Text(key, name) ?? throw new FormatException($"the key has no {name}"));
}
