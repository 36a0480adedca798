using Bulwark.Scanners.Secrets;

namespace Bulwark.Cli.Tests;

/// <summary>
/// Credential-shaped values built at run time, so this source file holds no literal secret for Bulwark's
/// self-scan to find. None of them is, or ever was, a real credential.
/// </summary>
public static class FakeSecrets
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>A well-formed GitHub token (valid checksum) derived from <paramref name="seed"/>.</summary>
    public static string GitHubToken(int seed) => Base62Checksum.Complete("gh" + "p_", Random(seed, 30, Base62));

    /// <summary>An AWS access key id derived from <paramref name="seed"/>.</summary>
    public static string AwsKeyId(int seed) => "AK" + "IA" + Random(seed, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");

    /// <summary>A random-looking password derived from <paramref name="seed"/>.</summary>
    public static string Password(int seed) => Random(seed, 18, Base62 + "!#%");

    private static string Random(int seed, int length, string alphabet)
    {
        var random = new Random(seed);
        return new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
    }
}
