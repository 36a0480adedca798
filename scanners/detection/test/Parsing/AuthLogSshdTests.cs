using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Parsing.AuthLog;

namespace Bulwark.Scanners.Detection.Tests.Parsing;

public class AuthLogSshdTests
{
    private static readonly AuthLogFormat Format = new(FixedClock.Syslog());

    internal static LogEvent Parse(string message, string program = "sshd[24410]") =>
        Assert.Single(Format.Parse(NumberedLines.Of($"Mar 10 09:02:46 web1 {program}: {message}"), "auth.log"));

    [Fact]
    public void A_failed_password_for_an_invalid_user_names_user_source_and_method()
    {
        var e = Parse("Failed password for invalid user admin from 203.0.113.45 port 51862 ssh2");

        Assert.Equal("authlog", e.Format);
        Assert.Equal("ssh.failed", e.Field("event"));
        Assert.Equal("admin", e.Field("user"));
        Assert.Equal("true", e.Field("invalid_user"));
        Assert.Equal("password", e.Field("auth_method"));
        Assert.Equal("203.0.113.45", e.Field("src_ip"));
        Assert.Equal("51862", e.Field("src_port"));
        Assert.Equal("ssh2", e.Field("protocol"));
        Assert.Equal("sshd", e.Field("program"));
        Assert.Equal("web1", e.Field("host"));
    }

    [Fact]
    public void A_failed_password_for_a_real_user_is_not_invalid()
    {
        var e = Parse("Failed password for root from 2001:db8::7 port 40022 ssh2");

        Assert.Equal("root", e.Field("user"));
        Assert.Equal("false", e.Field("invalid_user"));
        Assert.Equal("2001:db8::7", e.Field("src_ip"));
    }

    [Fact]
    public void An_accepted_publickey_names_the_key_type_and_fingerprint()
    {
        var e = Parse("Accepted publickey for deploy from 198.51.100.20 port 40022 ssh2: ED25519 SHA256:pq3mRbT0n8Xr3y9mE0v7dYkQ2sJb1cVfLwZ4hN6uA8o");

        Assert.Equal("ssh.accepted", e.Field("event"));
        Assert.Equal("deploy", e.Field("user"));
        Assert.Equal("publickey", e.Field("auth_method"));
        Assert.Equal("ED25519", e.Field("key_type"));
        Assert.Equal("SHA256:pq3mRbT0n8Xr3y9mE0v7dYkQ2sJb1cVfLwZ4hN6uA8o", e.Field("key_fingerprint"));
        Assert.Equal("ssh2", e.Field("protocol"));
    }

    [Theory]
    [InlineData("Accepted password for alice from 192.0.2.10 port 2222 ssh2", "ssh.accepted", "password")]
    [InlineData("Accepted keyboard-interactive/pam for alice from 192.0.2.10 port 2222 ssh2", "ssh.accepted", "keyboard-interactive/pam")]
    [InlineData("Failed none for invalid user alice from 192.0.2.10 port 2222 ssh2", "ssh.failed", "none")]
    public void Other_methods_are_named_as_sshd_writes_them(string message, string name, string method)
    {
        var e = Parse(message);

        Assert.Equal(name, e.Field("event"));
        Assert.Equal(method, e.Field("auth_method"));
        Assert.Equal("alice", e.Field("user"));
    }

    [Fact]
    public void A_user_name_containing_from_does_not_hide_the_real_source()
    {
        var e = Parse("Failed password for invalid user x from 10.0.0.1 port 1 ssh2 from 203.0.113.9 port 4242 ssh2");

        Assert.Equal("x from 10.0.0.1 port 1 ssh2", e.Field("user"));
        Assert.Equal("203.0.113.9", e.Field("src_ip"));
        Assert.Equal("4242", e.Field("src_port"));
    }

    [Fact]
    public void An_invalid_user_line_is_read_from_sshd_session_too()
    {
        var e = Parse("Invalid user oracle from 203.0.113.45 port 51862", "sshd-session[24410]");

        Assert.Equal("ssh.invalid_user", e.Field("event"));
        Assert.Equal("oracle", e.Field("user"));
        Assert.Equal("true", e.Field("invalid_user"));
        Assert.Equal("203.0.113.45", e.Field("src_ip"));
        Assert.Equal("51862", e.Field("src_port"));
    }

    [Fact]
    public void An_invalid_empty_user_name_is_an_empty_user()
    {
        var e = Parse("Invalid user  from 203.0.113.45 port 51862");

        Assert.Equal("", e.Field("user"));
        Assert.Equal("203.0.113.45", e.Field("src_ip"));
    }

    [Theory]
    [InlineData("Connection closed by authenticating user root 203.0.113.45 port 51862 [preauth]", "ssh.connection_closed", "root", "false")]
    [InlineData("Connection closed by invalid user admin 203.0.113.45 port 51862 [preauth]", "ssh.connection_closed", "admin", "true")]
    [InlineData("Disconnected from authenticating user root 203.0.113.45 port 51862 [preauth]", "ssh.disconnected", "root", "false")]
    [InlineData("Connection reset by invalid user test 203.0.113.45 port 51862 [preauth]", "ssh.connection_reset", "test", "true")]
    public void A_connection_closed_during_authentication_names_the_user(string message, string name, string user, string invalid)
    {
        var e = Parse(message);

        Assert.Equal(name, e.Field("event"));
        Assert.Equal(user, e.Field("user"));
        Assert.Equal(invalid, e.Field("invalid_user"));
        Assert.Equal("203.0.113.45", e.Field("src_ip"));
        Assert.Equal("51862", e.Field("src_port"));
        Assert.Equal("true", e.Field("preauth"));
    }

    [Fact]
    public void A_connection_closed_before_a_user_was_named_has_only_the_source()
    {
        var e = Parse("Connection closed by 203.0.113.45 port 51862 [preauth]");

        Assert.Equal("ssh.connection_closed", e.Field("event"));
        Assert.False(e.Has("user"));
        Assert.Equal("203.0.113.45", e.Field("src_ip"));
    }

    [Fact]
    public void A_logout_is_a_disconnect_from_a_user_without_preauth()
    {
        var e = Parse("Disconnected from user deploy 198.51.100.20 port 40022");

        Assert.Equal("ssh.disconnected", e.Field("event"));
        Assert.Equal("deploy", e.Field("user"));
        Assert.False(e.Has("preauth"));
    }

    [Fact]
    public void A_received_disconnect_keeps_the_reason()
    {
        var e = Parse("Received disconnect from 203.0.113.45 port 51862:11: Bye Bye [preauth]");

        Assert.Equal("ssh.disconnect_received", e.Field("event"));
        Assert.Equal("51862", e.Field("src_port"));
        Assert.Equal("11", e.Field("reason_code"));
        Assert.Equal("Bye Bye", e.Field("reason"));
        Assert.Equal("true", e.Field("preauth"));
    }

    [Fact]
    public void Too_many_attempts_and_a_missing_banner_are_events()
    {
        var max = Parse("error: maximum authentication attempts exceeded for invalid user admin from 203.0.113.45 port 51862 ssh2 [preauth]");
        var banner = Parse("Did not receive identification string from 203.0.113.45 port 51862");

        Assert.Equal("ssh.max_attempts", max.Field("event"));
        Assert.Equal("admin", max.Field("user"));
        Assert.Equal("true", max.Field("invalid_user"));
        Assert.Equal("ssh.no_identification", banner.Field("event"));
        Assert.Equal("203.0.113.45", banner.Field("src_ip"));
    }

    [Fact]
    public void A_repeated_message_is_unwrapped_and_counted()
    {
        var e = Parse("message repeated 5 times: [ Failed password for root from 203.0.113.45 port 51862 ssh2]");

        Assert.Equal("ssh.failed", e.Field("event"));
        Assert.Equal("root", e.Field("user"));
        Assert.Equal("5", e.Field("repeated"));
        Assert.StartsWith("message repeated", e.Field("message"));
    }

    [Fact]
    public void A_pam_authentication_failure_from_sshd_has_the_pam_keys()
    {
        var e = Parse("pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=203.0.113.45  user=root");

        Assert.Equal("pam.auth_failure", e.Field("event"));
        Assert.Equal("pam_unix", e.Field("pam_module"));
        Assert.Equal("sshd", e.Field("pam_service"));
        Assert.Equal("auth", e.Field("pam_type"));
        Assert.Equal("root", e.Field("user"));
        Assert.Equal("203.0.113.45", e.Field("rhost"));
        Assert.Equal("ssh", e.Field("tty"));
        Assert.Equal("0", e.Field("uid"));
        Assert.False(e.Has("ruser"));
        Assert.False(e.Has("logname"));
    }

    [Theory]
    [InlineData("Server listening on 0.0.0.0 port 22.")]
    [InlineData("Failed password")]
    [InlineData("Accepted publickey for deploy")]
    [InlineData("Connection closed by")]
    public void Other_sshd_messages_are_syslog_events_without_an_event_name(string message)
    {
        var e = Parse(message);

        Assert.Equal("authlog", e.Format);
        Assert.False(e.Has("event"));
        Assert.Equal(message, e.Field("message"));
    }
}
