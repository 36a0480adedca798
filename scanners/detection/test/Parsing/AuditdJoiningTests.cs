using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Parsing.Auditd;
using static Bulwark.Scanners.Detection.Tests.Parsing.AuditdSamples;

namespace Bulwark.Scanners.Detection.Tests.Parsing;

public class AuditdJoiningTests
{
    private const long T = 1710060000;

    private static List<LogEvent> Parse(AuditdFormat format, params string[] lines) => format.Parse(NumberedLines.Of(lines), "a").ToList();

    [Fact]
    public void Interleaved_records_are_joined_by_their_id()
    {
        var events = Parse(new AuditdFormat(),
            Record("SYSCALL", T, 10, "syscall=59 pid=100 exe=\"/usr/bin/id\""),
            Record("SYSCALL", T, 11, "syscall=59 pid=200 exe=\"/usr/bin/ls\""),
            Record("EXECVE", T, 11, "argc=2 a0=\"ls\" a1=\"-la\""),
            Record("EXECVE", T, 10, "argc=1 a0=\"id\""),
            Record("EOE", T, 11),
            Record("EOE", T, 10));

        Assert.Equal(2, events.Count);
        Assert.Equal(("200", "ls -la", 2L), (events[0].Field("pid"), events[0].Field("CommandLine"), events[0].Line));
        Assert.Equal([2L, 3, 5], events[0].Lines);
        Assert.Equal(("100", "id", 1L), (events[1].Field("pid"), events[1].Field("CommandLine"), events[1].Line));
        Assert.Equal([1L, 4, 6], events[1].Lines);
    }

    [Fact]
    public void An_event_is_yielded_at_its_eoe_before_more_input_is_read()
    {
        var read = 0;
        IEnumerable<(long, string)> Lines()
        {
            foreach (var (line, text) in NumberedLines.Of(CurlExecve))
            {
                read++;
                yield return (line, text);
            }

            throw new InvalidOperationException("read past the EOE");
        }

        var first = new AuditdFormat().Parse(Lines(), "a").First();

        Assert.Equal(7, read);
        Assert.Equal("curl -o /tmp/x sh.sh", first.Field("CommandLine"));
    }

    [Fact]
    public void The_oldest_open_event_is_yielded_when_more_than_the_bound_are_open()
    {
        var lines = Enumerable.Range(1, 5).Select(serial => Record("SYSCALL", T, serial, $"pid={serial}")).ToArray();

        var events = new AuditdFormat(maxPending: 2).Parse(NumberedLines.Of(lines), "a");
        using var enumerator = events.GetEnumerator();

        // Three open ids exceed the bound of two: the first is complete before the rest of the input.
        Assert.True(enumerator.MoveNext());
        Assert.Equal("1", enumerator.Current.Field("pid"));
        Assert.True(enumerator.MoveNext());
        Assert.Equal("2", enumerator.Current.Field("pid"));
        var rest = new List<string?>();
        while (enumerator.MoveNext())
        {
            rest.Add(enumerator.Current.Field("pid"));
        }

        Assert.Equal(["3", "4", "5"], rest);
    }

    [Fact]
    public void Memory_stays_flat_without_any_eoe()
    {
        var read = 0L;
        IEnumerable<(long, string)> Lines()
        {
            for (var serial = 1; serial <= 10_000; serial++)
            {
                read = serial;
                yield return (serial, Record("SYSCALL", T, serial, $"pid={serial}"));
            }
        }

        var yielded = 0;
        var mostOpen = 0L;
        foreach (var e in new AuditdFormat(maxPending: 8).Parse(Lines(), "a"))
        {
            yielded++;
            mostOpen = Math.Max(mostOpen, read - e.Line);
        }

        Assert.Equal(10_000, yielded);
        Assert.Equal(8, mostOpen);
    }

    [Fact]
    public void An_event_is_complete_once_the_log_is_two_seconds_past_it()
    {
        var events = new AuditdFormat().Parse(NumberedLines.Of(
            Record("SYSCALL", T, 1, "pid=1"),
            Record("PROCTITLE", T, 1, "proctitle=6C73"),
            Record("SYSCALL", T + 1, 2, "pid=2"),
            Record("SYSCALL", T + 2, 3, "pid=3")), "a");
        using var enumerator = events.GetEnumerator();

        Assert.True(enumerator.MoveNext());
        Assert.Equal(("1", "ls"), (enumerator.Current.Field("pid"), enumerator.Current.Field("proctitle")));
        Assert.True(enumerator.MoveNext());
        Assert.Equal("2", enumerator.Current.Field("pid"));
        Assert.True(enumerator.MoveNext());
        Assert.Equal("3", enumerator.Current.Field("pid"));
        Assert.False(enumerator.MoveNext());
    }

    [Fact]
    public void An_eoe_for_an_event_already_yielded_adds_nothing()
    {
        var events = Parse(new AuditdFormat(maxPending: 1),
            Record("SYSCALL", T, 1, "pid=1"),
            Record("SYSCALL", T, 2, "pid=2"),
            Record("EOE", T, 1),
            Record("EOE", T, 2));

        Assert.Equal(["1", "2"], events.Select(e => e.Field("pid")));
        Assert.Equal([1L], events[0].Lines);
        Assert.Equal([2L, 4], events[1].Lines);
    }

    [Fact]
    public void Userspace_records_between_syscall_records_do_not_wait()
    {
        var events = Parse(new AuditdFormat(),
            Record("SYSCALL", T, 20, "pid=1"),
            Record("USER_LOGIN", T, 21, "pid=1 msg='op=login acct=\"alice\" res=success'"),
            Record("SERVICE_STOP", T, 22, "pid=1 unit=auditd res=success"),
            Record("UNKNOWN[1150]", T, 23, "pid=1"),
            Record("EOE", T, 20));

        Assert.Equal(["USER_LOGIN", "SERVICE_STOP", "UNKNOWN[1150]", "SYSCALL"], events.Select(e => e.Values("type").First()));
    }

    [Fact]
    public void A_raw_line_between_records_does_not_break_the_event()
    {
        var events = Parse(new AuditdFormat(), CurlExecve[0], "garbage \u0001\u0002", CurlExecve[1], CurlExecve[6]);

        Assert.Equal(2, events.Count);
        Assert.Equal(("raw", 2L), (events[0].Format, events[0].Line));
        Assert.Equal([1L, 3, 4], events[1].Lines);
        Assert.Equal("curl -o /tmp/x sh.sh", events[1].Field("CommandLine"));
    }

    [Fact]
    public void What_is_open_at_the_end_is_yielded_in_the_order_it_started()
    {
        var events = Parse(new AuditdFormat(),
            Record("SYSCALL", T, 2, "pid=2"),
            Record("SYSCALL", T, 1, "pid=1"),
            Record("PATH", T, 2, "item=0 name=\"/etc/shadow\""));

        Assert.Equal(["2", "1"], events.Select(e => e.Field("pid")));
        Assert.Equal("/etc/shadow", events[0].Field("name"));
    }

    [Theory]
    [InlineData("USER_LOGIN", true)]
    [InlineData("CRED_ACQ", true)]
    [InlineData("SERVICE_START", true)]
    [InlineData("DAEMON_START", true)]
    [InlineData("ANOM_ABEND", true)]
    [InlineData("USER", true)]
    [InlineData("UNKNOWN[1150]", true)]
    [InlineData("UNKNOWN[1330]", false)]
    [InlineData("SYSCALL", false)]
    [InlineData("EXECVE", false)]
    [InlineData("PATH", false)]
    [InlineData("AVC", false)]
    [InlineData("LOGIN", false)]
    [InlineData("CONFIG_CHANGE", false)]
    public void Single_record_types_follow_auparse(string type, bool single) =>
        Assert.Equal(single, AuditRecordTypes.IsSingleRecord(type));
}
