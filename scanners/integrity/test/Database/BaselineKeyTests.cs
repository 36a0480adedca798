using System.Runtime.Versioning;
using System.Security.Cryptography;
using Bulwark.Scanners.Integrity.Database;
using static Bulwark.Scanners.Integrity.Tests.Database.BaselineSamples;

namespace Bulwark.Scanners.Integrity.Tests.Database;

/// <summary>The key pair <c>fim init</c> makes, and baselines checked against a key other than the one that signed them.</summary>
[SupportedOSPlatform("linux")]
public sealed class BaselineKeyTests : IDisposable
{
    private readonly SmallHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public void Init_creates_an_owner_only_private_key_and_a_pem_public_key_beside_the_baseline()
    {
        var summary = _host.Init();

        Assert.True(summary.KeyCreated);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_host.Db + ".key"));
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", File.ReadAllText(_host.Db + ".key"), StringComparison.Ordinal);
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", File.ReadAllText(_host.Db + ".pub"), StringComparison.Ordinal);
        Assert.Null(FimBaselines.Verify(_host.Target));
    }

    [Fact]
    public void Init_creates_the_baselines_directory_before_writing_the_key_pair_into_it()
    {
        using var fresh = new SmallHost(makeDatabaseDirectory: false);

        var summary = fresh.Init();

        Assert.True(summary.KeyCreated);
        Assert.True(File.Exists(fresh.Db + ".key"));
        Assert.Null(FimBaselines.Verify(fresh.Target));
    }

    [Fact]
    public void A_second_init_signs_with_the_key_already_beside_the_baseline()
    {
        var first = _host.Init();
        var publicKey = File.ReadAllText(_host.Db + ".pub");

        var second = _host.Init();

        Assert.False(second.KeyCreated);
        Assert.Equal(first.KeyFingerprint, second.KeyFingerprint);
        Assert.Equal(publicKey, File.ReadAllText(_host.Db + ".pub"));
    }

    [Fact]
    public void A_baseline_re_signed_with_another_key_is_refused_against_the_original_public_key()
    {
        _host.Init();
        var trusted = File.ReadAllText(_host.Db + ".pub");
        using var other = NewKey();
        File.Delete(_host.Db + ".key");
        File.WriteAllText(_host.Db + ".key", PrivatePem(other));
        _host.Init();
        File.WriteAllText(_host.Db + ".pub", trusted);

        Assert.Contains("signed by another key", FimBaselines.Verify(_host.Target));
    }

    [Fact]
    public void A_public_key_swapped_beside_the_baseline_does_not_accept_it()
    {
        _host.Init();
        using var other = NewKey();
        File.WriteAllText(_host.Db + ".pub", PublicPem(other));

        var failure = FimBaselines.Verify(_host.Target);

        Assert.Contains("another key", failure);
        Assert.Contains(BaselineKeys.Fingerprint(Raw(other)), failure);
    }

    [Fact]
    public void A_trailer_naming_the_trusted_key_over_another_keys_signature_is_refused_as_an_invalid_signature()
    {
        using var trusted = NewKey();
        using var forger = NewKey();
        Write(_host.Db, forger, Small());
        var bytes = File.ReadAllBytes(_host.Db);
        Raw(trusted).CopyTo(bytes, bytes.Length - 96);
        File.WriteAllBytes(_host.Db, bytes);

        var (baseline, problem) = BaselineFile.Open(_host.Db, Raw(trusted));

        Assert.Null(baseline);
        Assert.Contains("invalid signature", problem);
    }

    [Fact]
    public void The_private_key_checks_a_baseline_as_well_as_the_public_one()
    {
        _host.Init();
        File.Delete(_host.Db + ".pub");

        Assert.Null(FimBaselines.Verify(_host.Target));
        Assert.Null(FimBaselines.Verify(_host.Target with { KeyFile = _host.Db + ".key" }));
    }

    [Fact]
    public void A_baseline_without_any_key_to_check_it_with_is_refused()
    {
        _host.Init();
        File.Delete(_host.Db + ".pub");
        File.Delete(_host.Db + ".key");

        Assert.Contains("no key to check the baseline's signature", FimBaselines.Verify(_host.Target));
    }

    [Fact]
    public void An_rsa_key_given_to_sign_with_is_a_problem_and_writes_nothing()
    {
        using var rsa = RSA.Create(2048);
        var keyFile = _host.File("rsa.pem", rsa.ExportPkcs8PrivateKeyPem());

        var result = FimBaselines.Initialize(_host.Target with { KeyFile = keyFile }, _host.Policy, "tester", "first baseline", "test", CancellationToken.None);

        Assert.Null(result.Summary);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(keyFile, problem.Where);
        Assert.Contains("not an Ed25519 private key", problem.Message);
        Assert.False(File.Exists(_host.Db));
    }

    [Theory]
    [InlineData("rsa")]
    [InlineData("text")]
    public void A_key_to_check_with_that_is_not_an_ed25519_pem_is_a_problem(string kind)
    {
        _host.Init();
        using var rsa = RSA.Create(2048);
        var keyFile = _host.File("check.pem", kind == "rsa" ? rsa.ExportSubjectPublicKeyInfoPem() : "ssh-ed25519 AAAA not a pem\n");

        var failure = FimBaselines.Verify(_host.Target with { KeyFile = keyFile });

        Assert.Equal($"{keyFile}: not an Ed25519 key in PEM form", failure);
    }
}
