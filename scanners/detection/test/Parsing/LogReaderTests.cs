using System.Text;
using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Parsing;
using Bulwark.Scanners.Detection.Parsing.AuthLog;
using Bulwark.Scanners.Detection.Parsing.Syslog;

namespace Bulwark.Scanners.Detection.Tests.Parsing;

public sealed class LogReaderTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static (OpenedLog Log, List<LogEvent> Events) Read(LogReader reader, string path, string? format = null)
    {
        var log = reader.Open(path, format);
        return (log, log.Events().ToList());
    }

    [Theory]
    [InlineData("auth.log", "authlog")]
    [InlineData("secure", "authlog")]
    [InlineData("syslog", "syslog")]
    [InlineData("audit.log", "auditd")]
    [InlineData("journal.json", "journald")]
    [InlineData("access.log", "access")]
    [InlineData("app.jsonl", "json")]
    [InlineData("backup.log", "raw")]
    public void Sniffing_picks_the_format_of_each_kind_of_file(string name, string expected)
    {
        var kind = name switch { "auth.log" or "secure" => "authlog", "audit.log" => "auditd", "journal.json" => "journald",
            "access.log" => "access", "app.jsonl" => "json", "syslog" => "syslog", _ => "text" };
        var path = _directory.Write(name, LogSamples.FileOf(kind));

        var (log, events) = Read(new LogReader(), path);

        Assert.Null(log.Error);
        Assert.Equal(expected, log.Format!.Id);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(path, e.Source));
    }

    [Theory]
    [InlineData("authlog")]
    [InlineData("syslog")]
    [InlineData("auditd")]
    [InlineData("journald")]
    [InlineData("access")]
    [InlineData("json")]
    public void Content_decides_when_the_name_says_nothing(string kind)
    {
        var path = _directory.Write("capture-0001.txt", LogSamples.FileOf(kind));

        Assert.Equal(kind, new LogReader().Open(path).Format!.Id);
    }

    [Fact]
    public void Every_line_becomes_an_event_and_is_counted()
    {
        var text = LogSamples.AuthLog.Replace("\nMar 10 09:02:44", "\n\n\u0000\u0001garbage\ufffd\nMar 10 09:02:44", StringComparison.Ordinal);
        var path = _directory.Write("auth.log", text);
        var reader = new LogReader();

        var (_, events) = Read(reader, path);

        Assert.Equal(12, events.Count);
        var raw = Assert.Single(events, e => e.Format == "raw");
        Assert.Equal(5, raw.Line);
        Assert.Equal("\u0000\u0001garbage\ufffd", raw.Field("message"));
        var statistics = reader.Statistics.ByFormat["authlog"];
        Assert.Equal((1L, 13L, 1L, 12L, 1L), (statistics.Files, statistics.Lines, statistics.Blank, statistics.Events, statistics.Raw));
        Assert.Equal((13L, 12L, 1L), (reader.Statistics.Lines, reader.Statistics.Events, reader.Statistics.Raw));
    }

    [Fact]
    public void Line_numbers_count_blank_lines_and_crlf_endings()
    {
        var path = _directory.Write("auth.log", "\r\nMar 10 09:02:44 web1 sshd[1]: Invalid user a from 192.0.2.1 port 1\r\n\r\n   \r\nMar 10 09:02:45 web1 sshd[1]: Invalid user b from 192.0.2.1 port 2");

        var (_, events) = Read(new LogReader(), path);

        Assert.Equal([2L, 5L], events.Select(e => e.Line));
        Assert.Equal(["a", "b"], events.Select(e => e.Field("user")));
        Assert.Equal("2", events[1].Field("src_port"));
    }

    [Fact]
    public void A_gzip_file_is_read_by_its_name_or_its_magic_bytes()
    {
        var plain = Read(new LogReader(), _directory.Write("auth.log", LogSamples.AuthLog)).Events;
        var rotated = Read(new LogReader(), _directory.WriteGzip("auth.log.2.gz", LogSamples.AuthLog));
        var renamed = Read(new LogReader(), _directory.WriteGzip("auth.log.old", LogSamples.AuthLog));

        Assert.Equal("authlog", rotated.Log.Format!.Id);
        Assert.Equal(plain.Select(e => (e.Line, e.Raw)), rotated.Events.Select(e => (e.Line, e.Raw)));
        Assert.Equal(plain.Select(e => (e.Line, e.Raw)), renamed.Events.Select(e => (e.Line, e.Raw)));
    }

    [Fact]
    public void A_corrupt_gzip_file_keeps_the_events_before_the_damage_and_reports_it()
    {
        var big = string.Concat(Enumerable.Repeat(LogSamples.AuthLog, 2000));
        var bytes = File.ReadAllBytes(_directory.WriteGzip("whole.gz", big));
        Array.Fill(bytes, (byte)0xff, bytes.Length / 2, 64);
        var path = _directory.WriteBytes("auth.log.3.gz", bytes);

        var (log, events) = Read(new LogReader(), path);

        Assert.NotEmpty(events);
        Assert.True(events.Count < 22_000);
        Assert.NotNull(log.Error);
        Assert.Contains("auth.log.3.gz", log.Error);
    }

    [Fact]
    public void The_format_can_be_chosen_by_id()
    {
        var path = _directory.Write("auth.log", LogSamples.AuthLog);

        var (log, events) = Read(new LogReader(), path, "SYSLOG");

        Assert.Equal("syslog", log.Format!.Id);
        Assert.All(events, e => Assert.Equal("syslog", e.Format));
    }

    [Fact]
    public void An_unknown_format_id_or_a_missing_file_is_an_error_not_an_exception()
    {
        var path = _directory.Write("auth.log", LogSamples.AuthLog);

        var unknown = Read(new LogReader(), path, "cef");
        var missing = Read(new LogReader(), Path.Combine(_directory.Path, "nope.log"));

        Assert.Contains("unknown log format 'cef'", unknown.Log.Error);
        Assert.Contains("access, auditd, authlog, journald, json, raw, syslog", unknown.Log.Error);
        Assert.Empty(unknown.Events);
        Assert.Contains("nope.log", missing.Log.Error);
        Assert.Null(missing.Log.Format);
        Assert.Empty(missing.Events);
    }

    [Fact]
    public void An_overlong_line_is_a_truncated_raw_event_and_the_next_line_is_read()
    {
        var huge = new string('A', LineReader.MaxLineLength * 2);
        var path = _directory.Write("auth.log", $"Mar 10 09:02:44 web1 sshd[1]: {huge}\nMar 10 09:02:45 web1 sshd[1]: Invalid user b from 192.0.2.1 port 2\n");
        var reader = new LogReader([new AuthLogFormat(FixedClock.Syslog())]);

        var (_, events) = Read(reader, path, "authlog");

        Assert.Equal(2, events.Count);
        Assert.Equal(("raw", 1L, "true"), (events[0].Format, events[0].Line, events[0].Field("truncated")));
        Assert.Equal(LineReader.MaxLineLength + 1, events[0].Field("message")!.Length);
        Assert.Equal(("authlog", 2L, "b"), (events[1].Format, events[1].Line, events[1].Field("user")));
        Assert.Equal(1, reader.Statistics.Raw);
    }

    [Fact]
    public void A_binary_file_is_raw_lines_and_nothing_throws()
    {
        var bytes = new byte[200_000];
        new Random(7).NextBytes(bytes);
        var path = _directory.WriteBytes("core.bin", bytes);
        var reader = new LogReader();

        var (log, events) = Read(reader, path);

        Assert.Null(log.Error);
        Assert.NotEmpty(events);
        Assert.Equal(reader.Statistics.Events, events.Count);
        Assert.Equal(reader.Statistics.Lines - reader.Statistics.Blank, events.Count);
    }

    [Fact]
    public void An_empty_file_has_no_events()
    {
        var (log, events) = Read(new LogReader(), _directory.Write("empty.log", ""));

        Assert.Equal("raw", log.Format!.Id);
        Assert.Empty(events);
    }

    [Fact]
    public void A_stream_is_read_as_a_named_source_and_statistics_add_up_across_logs()
    {
        var statistics = new ParseStatistics();
        var reader = new LogReader(statistics: statistics);
        using var first = new MemoryStream(Encoding.UTF8.GetBytes(LogSamples.AccessLog));
        using var second = new MemoryStream(Encoding.UTF8.GetBytes(LogSamples.AccessLog + "not a request\n"));

        var one = reader.Open(first, "-").Events().ToList();
        var two = reader.Open(second, "-").Events().ToList();

        Assert.Equal("-", one[0].Source);
        Assert.Equal((2, 3), (one.Count, two.Count));
        Assert.Equal((2L, 5L, 5L, 1L), (statistics.ByFormat["access"].Files, statistics.Lines, statistics.Events, statistics.Raw));
    }

    [Fact]
    public void A_format_given_as_an_object_is_used_as_it_is()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("Dec 31 23:59:59 h app: x\n"));
        var format = new SyslogFormat(FixedClock.Syslog());

        var e = Assert.Single(new LogReader().Open(stream, "s", format).Events());

        Assert.Equal(2023, e.Time!.Value.Year);
    }

    [Fact]
    public void Events_can_be_read_once()
    {
        using var log = new LogReader().Open(_directory.Write("auth.log", LogSamples.AuthLog));
        _ = log.Events().Count();

        Assert.Throws<InvalidOperationException>(() => log.Events());
    }
}
