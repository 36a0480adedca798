using Bulwark.Scanners.Host.Passwords;

namespace Bulwark.Scanners.Host.Tests.Passwords;

public sealed class CryptTests
{
    // Costs are the cheapest each scheme allows, so the tests stay fast; the audit reads whatever the hash says.
    public static TheoryData<string, string, ulong> Schemes => new()
    {
        { "yescrypt", "$y$", 1 },
        { "sha512", "$6$", 1000 },
        { "sha256", "$5$", 1000 },
        { "md5", "$1$", 0 },
        { "bcrypt 2b", "$2b$", 4 },
        { "bcrypt 2y", "$2y$", 4 },
        { "des", "", 0 },
    };

    [Theory]
    [MemberData(nameof(Schemes))]
    public void A_hash_made_by_libcrypt_verifies_with_its_password_and_not_with_another(string scheme, string prefix, ulong cost)
    {
        var hash = Crypt.Hash("s3cret-Pass", prefix, cost);

        Assert.NotNull(hash);
        Assert.StartsWith(prefix, hash, StringComparison.Ordinal);
        Assert.True(Crypt.Verifies("s3cret-Pass", hash!), scheme);
        Assert.False(Crypt.Verifies("S3cret-Pass", hash!), scheme);
        Assert.False(Crypt.Verifies(string.Empty, hash!), scheme);
    }

    [Fact]
    public void A_des_hash_is_thirteen_characters_and_only_the_first_eight_password_characters_count()
    {
        var hash = Crypt.Hash("password", string.Empty)!;

        Assert.Equal(13, hash.Length);
        Assert.True(Crypt.Verifies("password", hash));
        Assert.True(Crypt.Verifies("password-and-more", hash));
        Assert.False(Crypt.Verifies("passwor", hash));
    }

    [Theory]
    [InlineData("")]
    [InlineData("!")]
    [InlineData("*")]
    [InlineData("!!")]
    [InlineData("$9$unknownscheme$abc")]
    [InlineData("$6$")]
    [InlineData("not a hash at all")]
    public void Locked_empty_unknown_and_malformed_fields_never_verify(string field)
    {
        Assert.False(Crypt.Verifies(string.Empty, field));
        Assert.False(Crypt.Verifies("password", field));
    }

    [Fact]
    public void A_locked_copy_of_a_real_hash_does_not_verify()
    {
        var hash = Crypt.Hash("admin", "$6$", 1000)!;

        Assert.True(Crypt.Verifies("admin", hash));
        Assert.False(Crypt.Verifies("admin", "!" + hash));
        Assert.Equal(CryptVerdict.Unsupported, Crypt.Try("admin", "!" + hash));
    }

    [Fact]
    public void A_scheme_libcrypt_refuses_is_told_apart_from_a_wrong_password()
    {
        var hash = Crypt.Hash("admin", "$5$", 1000)!;

        Assert.Equal(CryptVerdict.Match, Crypt.Try("admin", hash));
        Assert.Equal(CryptVerdict.NoMatch, Crypt.Try("root", hash));
        Assert.Equal(CryptVerdict.Unsupported, Crypt.Try("root", "$9$nothing$here"));
    }

    [Fact]
    public void A_password_with_a_nul_character_never_verifies()
    {
        var hash = Crypt.Hash("ab", "$6$", 1000)!;

        Assert.False(Crypt.Verifies("ab\0cd", hash));
    }

    [Fact]
    public void Verification_gives_the_same_answers_from_many_threads_at_once()
    {
        var hashes = Enumerable.Range(0, 8).Select(index => (Password: $"pw{index}", Hash: Crypt.Hash($"pw{index}", "$5$", 1000)!)).ToList();

        var answers = hashes.AsParallel().WithDegreeOfParallelism(8)
            .SelectMany(pair => Enumerable.Range(0, 10).Select(_ => (Right: Crypt.Verifies(pair.Password, pair.Hash), Wrong: Crypt.Verifies(pair.Password + "x", pair.Hash))))
            .ToList();

        Assert.All(answers, answer => Assert.True(answer.Right && !answer.Wrong));
    }

    [Fact]
    public void Libcrypt_is_available_on_the_test_system()
    {
        Assert.Null(Crypt.Unavailable);
    }
}
