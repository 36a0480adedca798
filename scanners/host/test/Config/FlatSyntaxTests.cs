using Bulwark.Scanners.Host.Config;
using Bulwark.Scanners.Host.Tests.Files;

namespace Bulwark.Scanners.Host.Tests.Config;

public class FlatSyntaxTests
{
    [Fact]
    public void Login_defs_takes_the_last_value_matches_names_exactly_and_skips_comments()
    {
        using var tree = new FixtureTree().Write("/etc/login.defs", "#PASS_MAX_DAYS 30\nPASS_MAX_DAYS\t99999\nPASS_MAX_DAYS 365\npass_max_days 1\nENCRYPT_METHOD SHA512\n");
        var syntax = new LoginDefsSyntax();

        var read = syntax.Read(tree.Files, "/etc/login.defs");

        Assert.Equal(new ConfigEntry("PASS_MAX_DAYS", "365", "/etc/login.defs", 3), syntax.Effective(read.Entries, "PASS_MAX_DAYS"));
        Assert.Equal("SHA512", syntax.Effective(read.Entries, "ENCRYPT_METHOD")!.Value);
        Assert.Equal("login.defs", syntax.Name);
    }

    [Fact]
    public void Keyvalue_keeps_a_lone_key_with_an_empty_value()
    {
        using var tree = new FixtureTree().Write("/etc/modprobe.d/x.conf", "blacklist cramfs\ninstall cramfs /bin/false\nflag\n");
        var syntax = new KeyValueSyntax();

        var read = syntax.Read(tree.Files, "/etc/modprobe.d/x.conf");

        Assert.Equal(["blacklist=cramfs", "install=cramfs /bin/false", "flag="], read.Entries.Select(e => $"{e.Key}={e.Value}"));
    }

    [Fact]
    public void Equals_reads_both_spacings_strips_quotes_for_the_effective_value_and_ignores_sections()
    {
        using var tree = new FixtureTree().Write("/etc/security/pwquality.conf", """
            # minlen = 8
            [pwquality]
            minlen = 9
            minlen=14
            ; dcredit = 1
            dictpath = "/usr/share/dict/words"
            enforce_for_root
            """);
        var syntax = new EqualsSyntax();

        var read = syntax.Read(tree.Files, "/etc/security/pwquality.conf");

        Assert.Empty(read.Problems);
        Assert.Equal(new ConfigEntry("minlen", "14", "/etc/security/pwquality.conf", 4), syntax.Effective(read.Entries, "minlen"));
        Assert.Equal("\"/usr/share/dict/words\"", read.Entries.Single(e => e.Key == "dictpath").Value);
        Assert.Equal("/usr/share/dict/words", syntax.Effective(read.Entries, "dictpath")!.Value);
        Assert.Equal("", syntax.Effective(read.Entries, "enforce_for_root")!.Value);
        Assert.Null(syntax.Effective(read.Entries, "dcredit"));
    }

    [Fact]
    public void A_line_that_is_not_a_setting_is_a_problem_and_a_missing_file_is_missing()
    {
        using var tree = new FixtureTree().Write("/etc/security/faillock.conf", "deny = 5\nthis is not = \n= 3\n");
        var syntax = new EqualsSyntax();

        var read = syntax.Read(tree.Files, "/etc/security/faillock.conf");

        Assert.Equal(
            ["/etc/security/faillock.conf:2: cannot read 'this is not =' as a setting", "/etc/security/faillock.conf:3: cannot read '= 3' as a setting"],
            read.Problems);
        Assert.Equal("5", syntax.Effective(read.Entries, "deny")!.Value);
        Assert.True(syntax.Read(tree.Files, "/etc/security/none.conf").Missing);
    }

    [Fact]
    public void An_unreadable_main_file_is_a_problem_not_missing()
    {
        using var tree = new FixtureTree().Dir("/etc/login.defs");

        var read = new LoginDefsSyntax().Read(tree.Files, "/etc/login.defs");

        Assert.False(read.Missing);
        Assert.Equal(["/etc/login.defs: is a directory"], read.Problems);
    }
}
