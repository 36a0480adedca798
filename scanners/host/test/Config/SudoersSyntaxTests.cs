using Bulwark.Scanners.Host.Config;
using Bulwark.Scanners.Host.Tests.Files;

namespace Bulwark.Scanners.Host.Tests.Config;

public class SudoersSyntaxTests
{
    private static readonly SudoersSyntax Sudoers = new();

    [Fact]
    public void Defaults_become_one_entry_per_parameter_with_flags_negations_and_unquoted_values()
    {
        using var tree = new FixtureTree().Write("/etc/sudoers", """
            Defaults	env_reset
            Defaults	mail_badpass, !lecture
            Defaults logfile="/var/log/sudo.log", secure_path="/usr/sbin:/usr/bin"
            Defaults env_keep += "LANG LC_ALL"
            Defaults:alice !requiretty
            Defaults>root timestamp_timeout=0
            root	ALL=(ALL:ALL) ALL
            %sudo	ALL=(ALL:ALL) ALL
            """);

        var read = Sudoers.Read(tree.Files, "/etc/sudoers");

        Assert.Empty(read.Problems);
        Assert.Equal(
            ["defaults:env_reset=true", "defaults:mail_badpass=true", "defaults:lecture=false", "defaults:logfile=/var/log/sudo.log",
             "defaults:secure_path=/usr/sbin:/usr/bin", "defaults:env_keep=+=LANG LC_ALL", "defaults:alice:requiretty=false",
             "defaults>root:timestamp_timeout=0", "root=ALL=(ALL:ALL) ALL", "%sudo=ALL=(ALL:ALL) ALL"],
            read.Entries.Select(e => $"{e.Key}={e.Value}"));
    }

    [Fact]
    public void Includedir_reads_files_in_lexical_order_skipping_names_with_a_dot_or_a_trailing_tilde()
    {
        using var tree = new FixtureTree()
            .Write("/etc/sudoers", "Defaults !use_pty\n@includedir /etc/sudoers.d\n")
            .Write("/etc/sudoers.d/90-cloud", "Defaults use_pty\n")
            .Write("/etc/sudoers.d/10-admins", "Defaults !use_pty\n")
            .Write("/etc/sudoers.d/99-override.conf", "Defaults !use_pty\n")
            .Write("/etc/sudoers.d/95-edit~", "Defaults !use_pty\n")
            .Write("/etc/sudoers.d/README", "# comments only\n");

        var read = Sudoers.Read(tree.Files, "/etc/sudoers");

        Assert.Equal(["/etc/sudoers", "/etc/sudoers.d/10-admins", "/etc/sudoers.d/90-cloud"], read.Entries.Select(e => e.File));
        Assert.Equal(new ConfigEntry("defaults:use_pty", "true", "/etc/sudoers.d/90-cloud", 1), Sudoers.Effective(read.Entries, "defaults:use_pty"));
    }

    [Fact]
    public void Hash_includes_are_includes_and_other_hash_lines_are_comments()
    {
        using var tree = new FixtureTree()
            .Write("/etc/sudoers", "# Defaults use_pty\n#includedir /etc/sudoers.d\n#include local\n")
            .Write("/etc/sudoers.d/a", "Defaults use_pty\n")
            .Write("/etc/local", "Defaults logfile=/var/log/sudo.log\n");

        var read = Sudoers.Read(tree.Files, "/etc/sudoers");

        Assert.Equal(["defaults:use_pty", "defaults:logfile"], read.Entries.Select(e => e.Key));
        Assert.Equal("/etc/local", read.Entries[1].File);
    }

    [Fact]
    public void A_continued_line_is_one_entry_at_its_first_line_and_the_last_value_wins()
    {
        using var tree = new FixtureTree().Write("/etc/sudoers", "Defaults passwd_tries=5\nDefaults \\\n  passwd_tries=3\n");

        var read = Sudoers.Read(tree.Files, "/etc/sudoers");

        Assert.Equal(new ConfigEntry("defaults:passwd_tries", "3", "/etc/sudoers", 2), Sudoers.Effective(read.Entries, "defaults:passwd_tries"));
    }

    [Fact]
    public void Missing_includes_and_directories_are_problems_with_file_and_line()
    {
        using var tree = new FixtureTree().Write("/etc/sudoers", "@include /etc/sudoers.local\n@includedir /etc/sudoers.d\n");

        var read = Sudoers.Read(tree.Files, "/etc/sudoers");

        Assert.Equal(
            ["/etc/sudoers:1: included file /etc/sudoers.local does not exist", "/etc/sudoers:2: included directory /etc/sudoers.d does not exist"],
            read.Problems);
    }

    [Theory]
    [InlineData("90-cloud-init-users", true)]
    [InlineData("README", true)]
    [InlineData("local.conf", false)]
    [InlineData("admins~", false)]
    public void Sudo_reads_only_names_without_a_dot_or_a_trailing_tilde(string name, bool read) =>
        Assert.Equal(read, SudoersSyntax.IncludedFromDirectory(name));
}
