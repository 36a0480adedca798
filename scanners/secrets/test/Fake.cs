using System.Text;
using Bulwark.Scanners.Secrets.Loading;
using Bulwark.Scanners.Secrets.Verify;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Secrets.Tests;

/// <summary>
/// Made-up credentials built at run time. The repository scans itself, so no test file may hold a token
/// as one literal: prefixes are split and the random parts come from a seeded generator.
/// </summary>
internal static class Fake
{
    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Base64 = Alphanumeric + "+/";

    public static SecretRuleSet BuiltInRules => SecretRuleSet.BuiltIn.Value
        ?? throw new InvalidOperationException(string.Join("\n", SecretRuleSet.BuiltIn.Problems));

    public static string Random(int length, int seed, string alphabet = Alphanumeric)
    {
        var random = new Random(seed);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>A classic GitHub personal access token with a valid checksum.</summary>
    public static string GitHubToken(int seed) => Base62Checksum.Complete("gh" + "p_", Random(30, seed));

    /// <summary>A password random enough for the generic rule.</summary>
    public static string Password(int seed) => Random(12, seed) + "#" + Random(7, seed + 1000);

    /// <summary>A PEM private key block with <paramref name="lines"/> lines of 64 base64 characters.</summary>
    public static string PrivateKey(int seed, int lines = 6)
    {
        var builder = new StringBuilder("-----BEGIN ").Append("RSA PRIVATE KEY-----\n");
        for (var i = 0; i < lines; i++)
        {
            builder.Append(Random(64, seed + i, Base64)).Append('\n');
        }

        return builder.Append("-----END ").Append("RSA PRIVATE KEY-----\n").ToString();
    }

    /// <summary>A structurally valid JSON Web Token.</summary>
    public static string Jwt(int seed) =>
        Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + Base64Url($"{{\"sub\":\"svc-{Random(8, seed)}\",\"iat\":1700000000}}") + "." + Random(43, seed + 1, Alphanumeric + "-_");

    public static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static SecretsScanner Scanner(SecretRuleSet? set = null, Func<RuleInfo, bool>? isEnabled = null) =>
        new(new ScannerInfo(SecretsModule.Id, "test", "test"), set ?? BuiltInRules, isEnabled ?? (_ => true));

    /// <summary>Scans <paramref name="text"/> with the built-in rules.</summary>
    public static IReadOnlyList<Finding> Scan(string text, string path = "example.txt") => RuleVerifier.Run(Scanner(), text, path);
}
