using Bulwark.Scanners.Detection.Parsing;
using Bulwark.Scanners.Detection.Parsing.Syslog;

namespace Bulwark.Scanners.Detection.Tests.Parsing;

public class SyslogFormatTests
{
    private static readonly SyslogFormat Format = new(FixedClock.Syslog());

    private static Bulwark.Scanners.Detection.Events.LogEvent Parse(string line) =>
        Assert.Single(Format.Parse(NumberedLines.Of(line), "syslog"));

    [Fact]
    public void A_bsd_line_with_priority_gives_host_program_pid_facility_severity_and_message()
    {
        var e = Parse("<86>Mar 10 09:10:12 web1 sshd[24502]: Server listening on 0.0.0.0 port 22.");

        Assert.Equal("syslog", e.Format);
        Assert.Equal(new DateTimeOffset(2024, 3, 10, 9, 10, 12, TimeSpan.Zero), e.Time);
        Assert.Equal("web1", e.Host);
        Assert.Equal("web1", e.Field("host"));
        Assert.Equal("sshd", e.Field("program"));
        Assert.Equal("24502", e.Field("pid"));
        Assert.Equal("authpriv", e.Field("facility"));
        Assert.Equal("info", e.Field("severity"));
        Assert.Equal("86", e.Field("pri"));
        Assert.Equal("Server listening on 0.0.0.0 port 22.", e.Field("message"));
        Assert.False(e.Has("app"));
    }

    [Fact]
    public void A_file_line_without_priority_or_pid_has_no_facility()
    {
        var e = Parse("Mar  5 23:59:01 db-2 sudo:    alice : TTY=pts/1 ; PWD=/srv ; USER=root ; COMMAND=/bin/true");

        Assert.Equal(new DateTimeOffset(2024, 3, 5, 23, 59, 1, TimeSpan.Zero), e.Time);
        Assert.Equal("sudo", e.Field("program"));
        Assert.False(e.Has("pid"));
        Assert.False(e.Has("facility"));
        Assert.Equal("   alice : TTY=pts/1 ; PWD=/srv ; USER=root ; COMMAND=/bin/true", e.Field("message"));
    }

    [Theory]
    [InlineData("Mar 14 08:00:00", 2024)]
    [InlineData("Mar 16 11:00:00", 2024)] // tomorrow: within the day of tolerance for a clock a little behind
    [InlineData("Dec 31 23:59:59", 2023)] // would be in the future this year: last year's
    [InlineData("Apr  2 10:00:00", 2023)]
    public void The_year_of_a_bsd_timestamp_is_this_years_unless_that_is_in_the_future(string stamp, int year)
    {
        var e = Parse($"{stamp} host kernel: [ 1.234] Booting");

        Assert.Equal(year, e.Time!.Value.Year);
    }

    [Fact]
    public void The_29th_of_february_outside_a_leap_year_belongs_to_the_last_leap_year()
    {
        var format = new SyslogFormat(FixedClock.Syslog(new DateTimeOffset(2025, 3, 15, 0, 0, 0, TimeSpan.Zero)));

        var e = Assert.Single(format.Parse(NumberedLines.Of("Feb 29 10:00:00 host app: leap"), "x"));

        Assert.Equal(new DateTimeOffset(2024, 2, 29, 10, 0, 0, TimeSpan.Zero), e.Time);
    }

    [Fact]
    public void The_rsyslog_high_precision_timestamp_is_read_with_its_zone()
    {
        var e = Parse("2024-03-10T09:10:12.345678+01:00 web1 systemd-logind[712]: New session 42 of user deploy.");

        Assert.Equal(new DateTimeOffset(2024, 3, 10, 9, 10, 12, TimeSpan.FromHours(1)).AddTicks(3456780), e.Time);
        Assert.Equal("systemd-logind", e.Field("program"));
        Assert.Equal("712", e.Field("pid"));
    }

    [Fact]
    public void A_line_without_host_takes_the_tag_from_the_first_word()
    {
        var e = Parse("<13>Mar 10 09:10:12 myapp[77]: hello");

        Assert.False(e.Has("host"));
        Assert.Equal("myapp", e.Field("program"));
        Assert.Equal("hello", e.Field("message"));
    }

    [Fact]
    public void A_line_without_tag_keeps_the_rest_as_message()
    {
        var e = Parse("Mar 10 09:10:12 web1 last message repeated 2 times");

        Assert.False(e.Has("program"));
        Assert.Equal("last message repeated 2 times", e.Field("message"));
    }

    [Fact]
    public void An_rfc5424_line_gives_app_procid_msgid_structured_data_and_message_without_bom()
    {
        var e = Parse("<165>1 2024-03-10T09:10:12.003Z mymachine.example.com evntslog 4711 ID47 "
            + "[exampleSDID@32473 iut=\"3\" eventSource=\"Application\" eventID=\"1011\"][origin ip=\"192.0.2.1\" ip=\"192.0.2.2\"] "
            + "\uFEFFAn application event log entry");

        Assert.Equal(new DateTimeOffset(2024, 3, 10, 9, 10, 12, 3, TimeSpan.Zero), e.Time);
        Assert.Equal("mymachine.example.com", e.Host);
        Assert.Equal("evntslog", e.Field("program"));
        Assert.Equal("evntslog", e.Field("app"));
        Assert.Equal("4711", e.Field("pid"));
        Assert.Equal("ID47", e.Field("msgid"));
        Assert.Equal("local4", e.Field("facility"));
        Assert.Equal("notice", e.Field("severity"));
        Assert.Equal("3", e.Field("sd.exampleSDID@32473.iut"));
        Assert.Equal("Application", e.Field("sd.exampleSDID@32473.eventSource"));
        Assert.Equal(["192.0.2.1", "192.0.2.2"], e.Values("sd.origin.ip"));
        Assert.Equal("An application event log entry", e.Field("message"));
    }

    [Fact]
    public void Rfc5424_nil_values_are_absent_and_escapes_in_structured_data_are_undone()
    {
        var e = Parse("<34>1 - - su - - [meta note=\"say \\\"hi\\\" \\] \\\\ \\n\"] 'su root' failed");

        Assert.Null(e.Time);
        Assert.Null(e.Host);
        Assert.Equal("su", e.Field("program"));
        Assert.False(e.Has("pid"));
        Assert.False(e.Has("msgid"));
        Assert.Equal("say \"hi\" ] \\ \\n", e.Field("sd.meta.note"));
        Assert.Equal("'su root' failed", e.Field("message"));
    }

    [Fact]
    public void An_rfc5424_line_without_structured_data_or_message_is_read()
    {
        var e = Parse("<14>1 2024-03-10T09:10:12Z host app 1 - -");

        Assert.Equal("", e.Field("message"));
        Assert.False(e.Has("msgid"));
    }

    [Theory]
    [InlineData("Mar 10 09:1")] // truncated
    [InlineData("Mar 32 09:10:12 host app: x")] // no such day
    [InlineData("Foo 10 09:10:12 host app: x")]
    [InlineData("<999>Mar 10 09:10:12 host app: x")] // PRI out of range
    [InlineData("<13Mar 10 09:10:12 host app: x")]
    [InlineData("<165>1 2024-03-10T09:10:12Z host app 1 ID [unterminated x=\"1\"")]
    [InlineData("<165>1 2024-03-10T25:10:12Z host app 1 ID - msg")]
    [InlineData("\u0000\u0001\u00ff\ufffd\ufffdELF\u0002")]
    [InlineData("just some text")]
    public void A_line_that_is_not_syslog_is_a_raw_event_with_its_text(string line)
    {
        var e = Parse(line);

        Assert.Equal(RawEvent.FormatId, e.Format);
        Assert.Equal(line, e.Field("message"));
        Assert.Equal(line, e.Raw);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void Line_numbers_are_the_ones_given()
    {
        var events = Format.Parse([(7, "Mar 10 09:10:12 h a: one"), (9, "garbage"), (12, "Mar 10 09:10:13 h a: two")], "f").ToList();

        Assert.Equal([7L, 9L, 12L], events.Select(e => e.Line));
        Assert.Equal(["syslog", "raw", "syslog"], events.Select(e => e.Format));
        Assert.All(events, e => Assert.Equal("f", e.Source));
    }

    [Fact]
    public void Syslog_lines_score_and_other_text_does_not()
    {
        Assert.Equal(0.7, Format.Score(["Mar 10 09:10:12 h a: one", "<13>1 - - - - - -"], "messages"), 3);
        Assert.Equal(0.35, Format.Score(["Mar 10 09:10:12 h a: one", "{\"a\":1}"], "messages"), 3);
        Assert.Equal(0, Format.Score(["type=EOE msg=audit(1.000:1):"], "audit.log"));
        Assert.Equal(0, Format.Score([], "empty"));
    }
}
