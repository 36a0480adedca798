namespace Bulwark.Scanners.Detection.Tests.Parsing;

public class AuthLogSudoSuTests
{
    [Fact]
    public void A_sudo_command_names_who_where_as_whom_and_what()
    {
        var e = AuthLogSshdTests.Parse("  deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx", "sudo");

        Assert.Equal("sudo.command", e.Field("event"));
        Assert.Equal("deploy", e.Field("user"));
        Assert.Equal("pts/0", e.Field("tty"));
        Assert.Equal("/home/deploy", e.Field("pwd"));
        Assert.Equal("root", e.Field("target_user"));
        Assert.Equal("/usr/bin/systemctl restart nginx", e.Field("command"));
        Assert.False(e.Has("reason"));
    }

    [Fact]
    public void A_sudo_command_keeps_semicolons_and_equals_signs_of_the_command()
    {
        var e = AuthLogSshdTests.Parse("alice : TTY=pts/2 ; PWD=/tmp ; USER=postgres ; GROUP=www-data ; ENV=A=1 ; COMMAND=/bin/sh -c echo a=1 ; id", "sudo[3012]");

        Assert.Equal("/bin/sh -c echo a=1 ; id", e.Field("command"));
        Assert.Equal("www-data", e.Field("target_group"));
        Assert.Equal("A=1", e.Field("env"));
        Assert.Equal("postgres", e.Field("target_user"));
    }

    [Theory]
    [InlineData("   alice : 3 incorrect password attempts ; TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/usr/bin/id", "3 incorrect password attempts")]
    [InlineData("     bob : user NOT in sudoers ; TTY=pts/1 ; PWD=/home/bob ; USER=root ; COMMAND=/bin/bash", "user NOT in sudoers")]
    [InlineData("alice : command not allowed ; TTY=pts/0 ; PWD=/ ; USER=root ; COMMAND=/sbin/reboot", "command not allowed")]
    public void A_refused_sudo_is_a_failure_with_its_reason(string message, string reason)
    {
        var e = AuthLogSshdTests.Parse(message, "sudo");

        Assert.Equal("sudo.failed", e.Field("event"));
        Assert.Equal(reason, e.Field("reason"));
        Assert.Equal("root", e.Field("target_user"));
    }

    [Fact]
    public void A_sudo_authentication_failure_is_a_pam_failure()
    {
        var e = AuthLogSshdTests.Parse("pam_unix(sudo:auth): authentication failure; logname=alice uid=1000 euid=0 tty=/dev/pts/0 ruser=alice rhost=  user=alice", "sudo");

        Assert.Equal("pam.auth_failure", e.Field("event"));
        Assert.Equal("sudo", e.Field("pam_service"));
        Assert.Equal("alice", e.Field("user"));
        Assert.Equal("alice", e.Field("ruser"));
        Assert.Equal("alice", e.Field("logname"));
        Assert.Equal("1000", e.Field("uid"));
        Assert.Equal("/dev/pts/0", e.Field("tty"));
        Assert.False(e.Has("rhost"));
    }

    [Fact]
    public void A_pam_session_opened_by_someone_names_both()
    {
        var e = AuthLogSshdTests.Parse("pam_unix(sudo:session): session opened for user root(uid=0) by deploy(uid=1001)", "sudo");

        Assert.Equal("session.opened", e.Field("event"));
        Assert.Equal("session", e.Field("pam_type"));
        Assert.Equal("root", e.Field("user"));
        Assert.Equal("0", e.Field("uid"));
        Assert.Equal("deploy", e.Field("by_user"));
        Assert.Equal("1001", e.Field("by_uid"));
    }

    [Theory]
    [InlineData("CRON[23141]", "pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)", "root", null, "0")]
    [InlineData("sshd[24502]", "pam_unix(sshd:session): session opened for user deploy(uid=1001) by (uid=0)", "deploy", null, "0")]
    [InlineData("su[3120]", "pam_unix(su-l:session): session opened for user root by alice(uid=1000)", "root", "alice", "1000")]
    public void Pam_sessions_are_read_whoever_logs_them(string program, string message, string user, string? by, string byUid)
    {
        var e = AuthLogSshdTests.Parse(message, program);

        Assert.Equal("session.opened", e.Field("event"));
        Assert.Equal(user, e.Field("user"));
        Assert.Equal(by, e.Has("by_user") ? e.Field("by_user") : null);
        Assert.Equal(byUid, e.Field("by_uid"));
    }

    [Fact]
    public void A_pam_session_closed_names_the_user()
    {
        var e = AuthLogSshdTests.Parse("pam_unix(cron:session): session closed for user root", "CRON[23141]");

        Assert.Equal("session.closed", e.Field("event"));
        Assert.Equal("cron", e.Field("pam_service"));
        Assert.Equal("root", e.Field("user"));
    }

    [Fact]
    public void An_unknown_user_at_pam_is_an_event()
    {
        var e = AuthLogSshdTests.Parse("pam_unix(sshd:auth): check pass; user unknown");

        Assert.Equal("pam.user_unknown", e.Field("event"));
    }

    [Theory]
    [InlineData("(to root) alice on pts/0", "su.success", "alice", "root", "pts/0")]
    [InlineData("FAILED SU (to root) mallory on pts/3", "su.failed", "mallory", "root", "pts/3")]
    [InlineData("(to postgres) root on none", "su.success", "root", "postgres", "none")]
    [InlineData("+ pts/0 alice:root", "su.success", "alice", "root", "pts/0")]
    [InlineData("- pts/1 mallory:root", "su.failed", "mallory", "root", "pts/1")]
    public void Su_says_who_became_whom_on_which_terminal(string message, string name, string user, string target, string tty)
    {
        var e = AuthLogSshdTests.Parse(message, "su[3120]");

        Assert.Equal(name, e.Field("event"));
        Assert.Equal(user, e.Field("user"));
        Assert.Equal(target, e.Field("target_user"));
        Assert.Equal(tty, e.Field("tty"));
    }

    [Theory]
    [InlineData("Successful su for root by alice", "su.success")]
    [InlineData("FAILED su for root by alice", "su.failed")]
    public void Shadow_utils_su_lines_are_read_too(string message, string name)
    {
        var e = AuthLogSshdTests.Parse(message, "su[3120]");

        Assert.Equal(name, e.Field("event"));
        Assert.Equal("alice", e.Field("user"));
        Assert.Equal("root", e.Field("target_user"));
    }
}
