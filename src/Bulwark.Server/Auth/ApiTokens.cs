using System.Security.Cryptography;
using System.Text;

namespace Bulwark.Server.Auth;

/// <summary>Making API tokens (and web UI session keys) and the hashes they are stored and looked up by.</summary>
internal static class ApiTokens
{
    /// <summary>The prefix of every token, so secret scanners (ours included) can recognise a leaked one.</summary>
    public const string Prefix = "bwk_";

    /// <summary>A new token: the prefix and 32 random bytes, base64url.</summary>
    public static string New() => Prefix + NewSecret();

    /// <summary>32 random bytes, base64url, without the prefix: a web UI session's key.</summary>
    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The lower-case hex SHA-256 of the token, which is all the database keeps.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
