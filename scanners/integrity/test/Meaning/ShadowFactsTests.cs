using Bulwark.Scanners.Integrity.Changes;
using Bulwark.Scanners.Integrity.Meaning;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity.Tests.Meaning;

public sealed class ShadowFactsTests
{
    private const string Path = "/etc/shadow";
    private const string AliceHash = "$y$j9T$Kq3dAd1Zl0rn6VYHgBYuK.$0jZrT1oVwYq5kF8m3o2xQbPzDc8yAhN7uLwEeR4sTg6";
    private const string NewHash = "$6$saltsalt$Vh0eYc4Hn8kP3lM2qQw9rT5uZx1aB7dC6eF0gH2iJ4kL8mN3oP5qR7sT9uV1wX3yZ5aB7cD9eF1gH3iJ5kL7m";

    private const string Shadow = $"""
        root:!:19700:0:99999:7:::
        daemon:*:19700:0:99999:7:::
        alice:{AliceHash}:19701:0:99999:7:::

        """;

    private readonly ShadowFacts _reader = new();

    private List<Change> Compare(string before, string after) => Sample.Compare(_reader, Path, before, after);

    [Fact]
    public void Each_account_is_a_state_and_a_16_digit_digest_and_the_hash_is_never_kept()
    {
        var facts = Sample.Read(_reader, Shadow);

        Assert.Equal(["alice", "daemon", "root"], facts.Select(f => f.Split('\t')[0]));
        Assert.Equal(["password", "locked", "locked"], facts.Select(f => f.Split('\t')[1]));
        Assert.All(facts, f => Assert.Matches("^[0-9a-f]{16}$", f.Split('\t')[2]));
        Assert.All(facts, f => Assert.DoesNotContain(AliceHash, f));
        Assert.All(facts, f => Assert.DoesNotContain("$y$", f));
    }

    [Fact]
    public void A_changed_hash_is_a_password_change_that_names_no_hash()
    {
        var change = Assert.Single(Compare(Shadow, Shadow.Replace(AliceHash, NewHash)));

        Assert.Equal(ChangeKinds.PasswordChanged, change.Kind);
        Assert.Equal("alice", change.Subject);
        Assert.Equal([new ChangeDetail("user", null, "alice"), new("state", "password", "password")], change.Details);
        Assert.Equal("account alice's password changed in /etc/shadow", change.Message);
        Assert.All(Sample.Texts(change), t => Assert.DoesNotContain("$", t));
    }

    [Fact]
    public void A_newly_empty_password_says_the_account_logs_in_without_one()
    {
        var change = Assert.Single(Compare(Shadow, Shadow.Replace("root:!:", "root::")));

        Assert.Equal(ChangeKinds.PasswordChanged, change.Kind);
        Assert.Equal([new ChangeDetail("user", null, "root"), new("state", "locked", "empty")], change.Details);
        Assert.Contains("emptied", change.Message);
    }

    [Fact]
    public void Locking_an_account_says_it_was_locked()
    {
        var change = Assert.Single(Compare(Shadow, Shadow.Replace(AliceHash, "!" + AliceHash)));

        Assert.Equal("account alice was locked in /etc/shadow", change.Message);
        Assert.All(Sample.Texts(change), t => Assert.DoesNotContain(AliceHash, t));
    }

    [Fact]
    public void A_new_account_in_shadow_is_a_new_user_that_says_it_is_in_shadow()
    {
        var change = Assert.Single(Compare(Shadow, Shadow + $"mallory:{NewHash}:19702:0:99999:7:::\n"));

        Assert.Equal(ChangeKinds.UserAdded, change.Kind);
        Assert.Equal("mallory", change.Subject);
        Assert.Equal("new account mallory in /etc/shadow", change.Message);
        Assert.All(Sample.Texts(change), t => Assert.DoesNotContain(NewHash, t));
    }

    [Fact]
    public void A_new_account_with_an_empty_password_says_so()
    {
        var change = Assert.Single(Compare(Shadow, Shadow + "mallory::19702:0:99999:7:::\n"));

        Assert.Equal("new account mallory with an empty password in /etc/shadow", change.Message);
        Assert.Equal([new ChangeDetail("user", null, "mallory"), new("state", null, "empty")], change.Details);
    }

    [Fact]
    public void A_removed_account_is_a_removed_user()
    {
        var change = Assert.Single(Compare(Shadow, Shadow.Replace("daemon:*:19700:0:99999:7:::\n", "")));

        Assert.Equal(ChangeKinds.UserRemoved, change.Kind);
        Assert.Equal("daemon", change.Subject);
    }

    [Fact]
    public void An_aging_field_change_alone_changes_nothing()
    {
        Assert.Empty(Compare(Shadow, Shadow.Replace("alice:" + AliceHash + ":19701", "alice:" + AliceHash + ":19800")));
    }
}
