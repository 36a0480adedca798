using Bulwark.Scanners.Host.Accounts;
using Bulwark.Scanners.Host.Model;
using Bulwark.Scanners.Host.Passwords;

namespace Bulwark.Scanners.Host.Tests.Accounts;

public sealed class DefaultPasswordCheckTests : IDisposable
{
    private readonly HostTree _tree = new();

    public static TheoryData<string, ulong> Schemes => new()
    {
        { "$y$", 1 },
        { "$6$", 1000 },
        { "$5$", 1000 },
        { "$1$", 0 },
        { "$2b$", 4 },
        { "$2y$", 4 },
        { "", 0 },
    };

    private CheckOutcome Evaluate(params string[] extraFiles) => AccountChecks.Evaluate(_tree.Files, "default-password", extraFiles);

    private HostTree Shadow(params (string Name, string Hash)[] accounts) =>
        _tree.Write("/etc/shadow", string.Concat(accounts.Select(account => $"{account.Name}:{account.Hash}:19000:0:99999:7:::\n")));

    [Theory]
    [MemberData(nameof(Schemes))]
    public void An_account_with_a_listed_password_fails_in_every_scheme_and_nothing_reported_holds_the_hash_or_password(string prefix, ulong cost)
    {
        var hash = Crypt.Hash("raspberry", prefix, cost)!;
        Shadow(("root", "!"), ("pi", hash));

        var outcome = Evaluate();

        Assert.Equal(CheckStatus.Fail, outcome.Status);
        var evidence = Assert.Single(outcome.Evidence);
        Assert.Equal(new Evidence("/etc/shadow", 2, "account pi has a default or well-known password", "a password not on the default list, or a locked account"), evidence);
        AssertNothingLeaks(outcome, hash, "raspberry");
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public void An_account_with_a_password_of_its_own_passes_in_every_scheme(string prefix, ulong cost)
    {
        var hash = Crypt.Hash("Correct-Horse-Battery-42", prefix, cost)!;
        Shadow(("alice", hash));

        var outcome = Evaluate();

        Assert.Equal(CheckStatus.Pass, outcome.Status);
        AssertNothingLeaks(outcome, hash, "Correct-Horse-Battery-42");
    }

    [Fact]
    public void The_account_name_and_the_empty_password_are_tried_too()
    {
        Shadow(("operator7", Crypt.Hash("operator7", "$5$", 1000)!), ("blank", Crypt.Hash(string.Empty, "$5$", 1000)!), ("fine", Crypt.Hash("x9!Qz-unlisted", "$5$", 1000)!));

        var outcome = Evaluate();

        Assert.Equal(CheckStatus.Fail, outcome.Status);
        Assert.Equal([1, 2], outcome.Evidence.Select(evidence => evidence.Line));
    }

    [Fact]
    public void Locked_and_disabled_copies_of_a_default_password_hash_are_skipped()
    {
        var hash = Crypt.Hash("admin", "$6$", 1000)!;
        Shadow(("a", "!" + hash), ("b", "!!"), ("c", "*"), ("d", "*LK*"), ("e", string.Empty));

        var outcome = Evaluate();

        Assert.Equal(CheckStatus.Pass, outcome.Status);
        Assert.Contains("none of the 0 unlocked accounts", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_users_password_list_is_tried_as_well()
    {
        var list = _tree.HostPath("/../" + Path.GetFileName(_tree.Root) + "-list.txt");
        File.WriteAllText(list, "# images of our lab\nAcme-Lab-2024\n");
        var hash = Crypt.Hash("Acme-Lab-2024", "$y$", 1)!;
        Shadow(("lab", hash));

        try
        {
            Assert.Equal(CheckStatus.Pass, Evaluate().Status);
            var outcome = Evaluate(list);
            Assert.Equal(CheckStatus.Fail, outcome.Status);
            AssertNothingLeaks(outcome, hash, "Acme-Lab-2024");
        }
        finally
        {
            File.Delete(list);
        }
    }

    [Fact]
    public void A_users_list_that_cannot_be_read_makes_a_clean_result_an_error()
    {
        Shadow(("alice", Crypt.Hash("Unlisted-Pass-77", "$5$", 1000)!));

        var outcome = Evaluate("/nonexistent/bulwark-list.txt");

        Assert.Equal(CheckStatus.Error, outcome.Status);
        Assert.Contains("/nonexistent/bulwark-list.txt", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hash_libcrypt_does_not_know_is_an_error_for_that_account_not_a_pass()
    {
        Shadow(("old", "$9$abcdefgh$notahash"));

        var outcome = Evaluate();

        Assert.Equal(CheckStatus.Error, outcome.Status);
        var evidence = Assert.Single(outcome.Evidence);
        Assert.Contains("account old", evidence.Found, StringComparison.Ordinal);
        Assert.DoesNotContain("$9$", evidence.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_shadow_file_the_check_does_not_apply()
    {
        _tree.Write("/etc/passwd", "root:x:0:0::/root:/bin/sh\n");

        var outcome = Evaluate();

        Assert.Equal(CheckStatus.NotApplicable, outcome.Status);
        Assert.Contains("/etc/shadow", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_shadow_file_is_an_error()
    {
        _tree.Folder("/etc/shadow");

        Assert.Equal(CheckStatus.Error, Evaluate().Status);
    }

    private static void AssertNothingLeaks(CheckOutcome outcome, string hash, string password)
    {
        var salt = hash.Length > 13 ? hash[..hash.LastIndexOf('$')] : hash;
        var texts = outcome.Evidence.SelectMany(evidence => new[] { evidence.Found, evidence.Required, evidence.File ?? string.Empty }).Append(outcome.Message);
        foreach (var text in texts)
        {
            Assert.DoesNotContain(hash, text, StringComparison.Ordinal);
            Assert.DoesNotContain(password, text, StringComparison.Ordinal);
            if (salt.Length > 4)
            {
                Assert.DoesNotContain(salt, text, StringComparison.Ordinal);
            }
        }
    }

    public void Dispose() => _tree.Dispose();
}
