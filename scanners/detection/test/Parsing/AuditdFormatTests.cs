using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Parsing;
using Bulwark.Scanners.Detection.Parsing.Auditd;

namespace Bulwark.Scanners.Detection.Tests.Parsing;

public class AuditdFormatTests
{
    private static List<LogEvent> Parse(params string[] lines) => new AuditdFormat().Parse(NumberedLines.Of(lines), "audit.log").ToList();

    [Fact]
    public void The_records_of_an_execve_are_one_event_with_every_key()
    {
        var e = Assert.Single(Parse(AuditdSamples.CurlExecve));

        Assert.Equal("auditd", e.Format);
        Assert.Equal(1, e.Line);
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7], e.Lines);
        Assert.Equal(string.Join("\n", AuditdSamples.CurlExecve), e.Raw);
        Assert.Equal(new DateTimeOffset(2024, 3, 10, 8, 40, 0, 123, TimeSpan.Zero), e.Time);
        Assert.Equal("1710060000.123:4521", e.Field("audit.id"));
        Assert.Equal(["SYSCALL", "EXECVE", "CWD", "PATH", "PROCTITLE"], e.Values("type"));
        Assert.Equal("59", e.Field("syscall"));
        Assert.Equal("yes", e.Field("success"));
        Assert.Equal("2388", e.Field("pid"));
        Assert.Equal("2301", e.Field("ppid"));
        Assert.Equal("1000", e.Field("auid"));
        Assert.Equal("0", e.Field("uid"));
        Assert.Equal("curl", e.Field("comm"));
        Assert.Equal("/usr/bin/curl", e.Field("exe"));
        Assert.Equal("exec", e.Field("key"));
        Assert.Equal("/root", e.Field("cwd"));
        Assert.Null(e.Host);
    }

    [Fact]
    public void Execve_arguments_are_decoded_and_joined_into_the_command_line()
    {
        var e = Assert.Single(Parse(AuditdSamples.CurlExecve));

        Assert.Equal("curl", e.Field("a0"));
        Assert.Equal("-o", e.Field("a1"));
        Assert.Equal("/tmp/x sh.sh", e.Field("a2"));
        Assert.Equal("3", e.Field("execve.argc"));
        Assert.Equal("3", e.Field("argc"));
        Assert.Equal("curl -o /tmp/x sh.sh", e.Field("CommandLine"));
        Assert.Equal("/usr/bin/curl", e.Field("Image"));
        Assert.Equal("curl -o /tmp/x sh.sh", e.Field("proctitle"));
        // The syscall's own a0..a3 are registers, kept apart from the program's arguments.
        Assert.Equal("55d0c3a1b2c0", e.Field("syscall.a0"));
        Assert.Equal("8", e.Field("syscall.a3"));
    }

    [Fact]
    public void Every_path_item_is_kept_in_name_and_path_name()
    {
        var e = Assert.Single(Parse(AuditdSamples.CurlExecve));

        Assert.Equal(["/usr/bin/curl", "/lib64/ld-linux-x86-64.so.2"], e.Values("name"));
        Assert.Equal(["/usr/bin/curl", "/lib64/ld-linux-x86-64.so.2"], e.Values("path.name"));
        Assert.Equal(["NORMAL", "NORMAL"], e.Values("path.nametype"));
        Assert.Equal("1311", e.Field("inode"));
    }

    [Fact]
    public void An_enriched_log_keeps_both_the_numbers_and_the_names_and_the_node_is_the_host()
    {
        var e = Assert.Single(Parse(AuditdSamples.EnrichedCreate));

        Assert.Equal("web1", e.Host);
        Assert.Equal("web1", e.Field("node"));
        Assert.Equal("0", e.Field("uid"));
        Assert.Equal("root", e.Field("UID"));
        Assert.Equal("1000", e.Field("auid"));
        Assert.Equal("alice", e.Field("AUID"));
        Assert.Equal("257", e.Field("syscall"));
        Assert.Equal("openat", e.Field("SYSCALL"));
        Assert.Equal("x86_64", e.Field("ARCH"));
        Assert.Equal("root", e.Field("OUID"));
        Assert.Equal(["/etc/", "/etc/ld.so.preload"], e.Values("name"));
        Assert.Equal(["PARENT", "CREATE"], e.Values("nametype"));
        Assert.Equal("-bash", e.Field("proctitle"));
        Assert.Equal("-bash", e.Field("CommandLine"));
        Assert.Equal("/usr/bin/bash", e.Field("Image"));
    }

    [Fact]
    public void A_userspace_record_is_an_event_at_once_with_its_nested_message_read()
    {
        var events = new AuditdFormat().Parse(NumberedLines.Of(AuditdSamples.UserLoginFailed), "a");
        using var enumerator = events.GetEnumerator();

        Assert.True(enumerator.MoveNext());
        var e = enumerator.Current;
        Assert.Equal(["USER_LOGIN"], e.Values("type"));
        Assert.Equal("login", e.Field("op"));
        Assert.Equal("(invalid user)", e.Field("acct"));
        Assert.Equal("/usr/sbin/sshd", e.Field("exe"));
        Assert.Equal("203.0.113.45", e.Field("addr"));
        Assert.Equal("failed", e.Field("res"));
        Assert.Equal("?", e.Field("hostname"));
        Assert.Equal("4294967295", e.Field("auid"));
        Assert.Equal("unset", e.Field("AUID"));
        Assert.False(e.Has("msg"));
        Assert.False(e.Has("CommandLine"));
    }

    [Fact]
    public void Hex_is_decoded_only_where_auditd_encodes_strings()
    {
        var e = Assert.Single(Parse(
            "type=SYSCALL msg=audit(1710060000.000:1): syscall=59 comm=6D7920707267 exe=2F746D702F6D7920707267 key=(null) a0=10 uid=1000",
            "type=CWD msg=audit(1710060000.000:1): cwd=2F686F6D652F6120622F",
            "type=EOE msg=audit(1710060000.000:1): "));

        Assert.Equal("my prg", e.Field("comm"));
        Assert.Equal("/tmp/my prg", e.Field("exe"));
        Assert.Equal("/tmp/my prg", e.Field("Image"));
        Assert.Equal("/home/a b/", e.Field("cwd"));
        Assert.Equal("(null)", e.Field("key"));
        Assert.Equal("10", e.Field("syscall.a0"));
        Assert.Equal("1000", e.Field("uid"));
    }

    [Fact]
    public void An_argument_split_across_records_is_joined_before_decoding()
    {
        var e = Assert.Single(Parse(
            "type=EXECVE msg=audit(1710060000.000:9): argc=2 a0=\"python3\" a1_len=16 a1[0]=7072696E742822C3",
            "type=EXECVE msg=audit(1710060000.000:9): a1[1]=A92229",
            "type=EOE msg=audit(1710060000.000:9): "));

        Assert.Equal("python3", e.Field("a0"));
        Assert.Equal("print(\"é\")", e.Field("a1"));
        Assert.Equal("python3 print(\"é\")", e.Field("CommandLine"));
        Assert.False(e.Has("a1_len"));
    }

    [Theory]
    [InlineData("type=SYSCALL arch=c000003e syscall=59")]
    [InlineData("type=SYSCALL msg=audit(1710060000.123): syscall=59")]
    [InlineData("type=SYSCALL msg=audit(abc.123:4): syscall=59")]
    [InlineData("type=SYSCALL msg=audit(1710060000.123:4")]
    [InlineData("msg=audit(1710060000.123:4): syscall=59")]
    [InlineData("Mar 10 09:02:46 web1 sshd[24410]: Failed password for root")]
    [InlineData("\u0000\u0000\u0000\u0000")]
    public void A_line_that_is_not_an_audit_record_is_raw(string line)
    {
        var e = Assert.Single(Parse(line));

        Assert.Equal("raw", e.Format);
        Assert.Equal(line, e.Field("message"));
    }

    [Fact]
    public void Audit_lines_score_high_and_an_audit_file_name_higher()
    {
        var format = new AuditdFormat();
        var lines = AuditdSamples.CurlExecve;

        Assert.Equal(0.95, format.Score(lines, "messages"), 3);
        Assert.Equal(1.0, format.Score(lines, "audit.log"), 3);
        Assert.Equal(0, format.Score(["Mar 10 09:02:46 web1 sshd[1]: x"], "audit.log"));
        Assert.Equal(RawEvent.FormatId, new RawFormat().Id);
    }
}
