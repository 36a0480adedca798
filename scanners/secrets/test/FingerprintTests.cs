using System.Security.Cryptography;
using System.Text;
using Bulwark.Scanners.Secrets.Output;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Secrets.Tests;

public sealed class FingerprintTests
{
    [Fact]
    public void The_same_secret_on_different_lines_in_different_files_has_one_fingerprint()
    {
        var token = Fake.GitHubToken(11);

        var here = Assert.Single(Fake.Scan($"TOKEN={token}\n", "a.env"));
        var there = Assert.Single(Fake.Scan($"# config\n\n\n  token: \"{token}\"\n", "deploy/prod/values.yaml"));

        Assert.NotEqual((here.Location.Path, here.Location.StartLine), (there.Location.Path, there.Location.StartLine));
        Assert.Equal(here.Fingerprint, there.Fingerprint);
    }

    [Fact]
    public void A_different_secret_has_a_different_fingerprint()
    {
        var one = Assert.Single(Fake.Scan($"TOKEN={Fake.GitHubToken(12)}"));
        var other = Assert.Single(Fake.Scan($"TOKEN={Fake.GitHubToken(13)}"));

        Assert.NotEqual(one.Fingerprint, other.Fingerprint);
    }

    [Fact]
    public void The_same_value_under_a_different_rule_has_a_different_fingerprint()
    {
        var value = Fake.Password(14);

        Assert.NotEqual(FingerprintCache.Derive("secrets/generic-password", value), FingerprintCache.Derive("secrets/jwt", value));
        Assert.Equal(FingerprintCache.Derive("secrets/generic-password", value), FingerprintCache.Derive("secrets/generic-password", value));
    }

    [Fact]
    public void A_fingerprint_is_32_lower_case_hex_digits()
    {
        var finding = Assert.Single(Fake.Scan($"TOKEN={Fake.GitHubToken(15)}"));

        Assert.Matches("^[0-9a-f]{32}$", finding.Fingerprint);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    public void A_fingerprint_never_holds_the_secret_or_its_hex_or_base64_encoding(int seed)
    {
        var password = Fake.Password(seed);
        var finding = Assert.Single(Fake.Scan($"db_password = \"{password}\""));
        var bytes = Encoding.UTF8.GetBytes(password);

        string[] forms = [password, Convert.ToHexString(bytes), Convert.ToHexStringLower(bytes), Convert.ToBase64String(bytes).TrimEnd('=')];
        foreach (var form in forms)
        {
            Assert.DoesNotContain(form[..8], finding.Fingerprint, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void A_fingerprint_is_not_a_plain_hash_of_the_secret()
    {
        // A fast, unsalted hash of a published fingerprint would let anyone test guesses at a weak password.
        var password = Fake.Password(18);
        var fingerprint = FingerprintCache.Derive("secrets/generic-password", password);
        var bytes = Encoding.UTF8.GetBytes(password);

        Assert.NotEqual(Convert.ToHexStringLower(SHA256.HashData(bytes))[..32], fingerprint);
        Assert.NotEqual(Convert.ToHexStringLower(MD5.HashData(bytes)), fingerprint);
        Assert.NotEqual(Fingerprints.Of("secrets/generic-password", password), fingerprint);
        Assert.NotEqual(Fingerprints.Of(password), fingerprint);
    }
}
