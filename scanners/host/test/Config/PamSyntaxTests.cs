using Bulwark.Scanners.Host.Config;
using Bulwark.Scanners.Host.Tests.Files;

namespace Bulwark.Scanners.Host.Tests.Config;

public class PamSyntaxTests
{
    private static readonly PamSyntax Pam = new();

    [Fact]
    public void Each_rule_is_an_entry_keyed_by_its_type_with_the_rest_of_the_line_as_value()
    {
        using var tree = new FixtureTree().Write("/etc/pam.d/common-password", """
            # here are the per-package modules (the "Primary" block)
            password	requisite			pam_pwquality.so retry=3
            password	[success=1 default=ignore]	pam_unix.so obscure use_authtok try_first_pass yescrypt
            -password optional pam_gnome_keyring.so # optional
            password	requisite			pam_deny.so
            """);

        var read = Pam.Read(tree.Files, "/etc/pam.d/common-password");

        Assert.Empty(read.Problems);
        Assert.Equal(4, read.Entries.Count);
        Assert.Equal("[success=1 default=ignore]\tpam_unix.so obscure use_authtok try_first_pass yescrypt", read.Entries[1].Value);
        Assert.Equal("optional pam_gnome_keyring.so", read.Entries[2].Value);
        Assert.Equal(2, Pam.Effective(read.Entries, "password")!.Line);
    }

    [Fact]
    public void At_include_reads_the_named_stack_in_place()
    {
        using var tree = new FixtureTree()
            .Write("/etc/pam.d/sshd", "@include common-auth\naccount required pam_nologin.so\n@include common-missing\n")
            .Write("/etc/pam.d/common-auth", "auth required pam_faillock.so preauth\nauth [success=1 default=ignore] pam_unix.so nullok\n");

        var read = Pam.Read(tree.Files, "/etc/pam.d/sshd");

        Assert.Equal(["auth", "auth", "account"], read.Entries.Select(e => e.Key));
        Assert.Equal("/etc/pam.d/common-auth", read.Entries[0].File);
        Assert.Equal(["/etc/pam.d/sshd:3: included file /etc/pam.d/common-missing does not exist"], read.Problems);
    }

    [Fact]
    public void An_include_control_brings_in_only_the_same_type_from_the_named_file()
    {
        using var tree = new FixtureTree()
            .Write("/etc/pam.d/passwd", "password substack system-auth\n")
            .Write("/etc/pam.d/system-auth", "auth sufficient pam_unix.so\npassword requisite pam_pwquality.so local_users_only\npassword sufficient pam_unix.so sha512 shadow\n");

        var read = Pam.Read(tree.Files, "/etc/pam.d/passwd");

        Assert.Equal(["requisite pam_pwquality.so local_users_only", "sufficient pam_unix.so sha512 shadow"], read.Entries.Select(e => e.Value));
    }

    [Fact]
    public void A_line_that_is_not_a_pam_type_is_a_problem()
    {
        using var tree = new FixtureTree().Write("/etc/pam.d/login", "auth required pam_env.so\nsessoin optional pam_motd.so\n");

        var read = Pam.Read(tree.Files, "/etc/pam.d/login");

        Assert.Single(read.Entries);
        Assert.Equal(["/etc/pam.d/login:2: 'sessoin' is not a PAM type (auth, account, password or session)"], read.Problems);
    }
}
