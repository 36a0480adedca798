using Bulwark.Scanners.Detection.Parsing;

namespace Bulwark.Scanners.Detection.Tests.Parsing;

/// <summary>Reading a line format on several threads gives what reading it on one gives, in the same order, and counts the same.</summary>
public sealed class ParallelLinesTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Events_come_back_in_the_logs_order_with_the_work_done_on_each()
    {
        // Several batches' worth, with blank lines, raw lines and both JSON and text among them.
        var lines = Enumerable.Range(1, ParallelLines.BatchSize * 5 + 17)
            .Select(i => i % 97 == 0 ? "" : i % 89 == 0 ? "not json " + i : $"{{\"n\":{i},\"CommandLine\":\"run {i}\"}}");
        var path = _directory.Write("app.jsonl", string.Join("\n", lines) + "\n");

        var oneReader = new LogReader();
        using var one = oneReader.Open(path);
        var expected = one.Events().Select(e => (e.Line, e.Format, e.Raw)).ToList();
        var manyReader = new LogReader();
        using var many = manyReader.Open(path);
        var actual = many.Events(e => e.Line * 2, threads: 4).ToList();

        Assert.Equal(expected, actual.Select(a => (a.Event.Line, a.Event.Format, a.Event.Raw)));
        Assert.All(actual, a => Assert.Equal(a.Event.Line * 2, a.Result));
        var (counted, expectedCounts) = (manyReader.Statistics.For("json"), oneReader.Statistics.For("json"));
        Assert.Equal((expectedCounts.Lines, expectedCounts.Blank, expectedCounts.Events, expectedCounts.Raw), (counted.Lines, counted.Blank, counted.Events, counted.Raw));
        Assert.True(counted.Raw > 0);
    }

    [Fact]
    public void A_read_error_keeps_every_event_read_before_it_and_is_reported()
    {
        var big = string.Concat(Enumerable.Range(1, 40_000).Select(i => $"{{\"n\":{i}}}\n"));
        var bytes = File.ReadAllBytes(_directory.WriteGzip("whole.gz", big));
        Array.Fill(bytes, (byte)0xff, bytes.Length / 2, 64);
        var path = _directory.WriteBytes("app.jsonl.gz", bytes);

        using var one = new LogReader().Open(path);
        var sequential = one.Events().Select(e => e.Line).ToList();
        using var many = new LogReader().Open(path);
        var parallel = many.Events(e => e.Line, threads: 3).Select(e => e.Result).ToList();

        Assert.NotEmpty(parallel);
        Assert.Equal(sequential, parallel);
        Assert.NotNull(many.Error);
        Assert.Equal(one.Error, many.Error);
    }

    [Fact]
    public void A_format_that_joins_lines_is_read_on_the_calling_thread()
    {
        var path = _directory.Write("audit.log", LogSamples.AuditLog);
        var reader = new LogReader();
        using var log = reader.Open(path);
        var caller = Environment.CurrentManagedThreadId;

        var threads = log.Events(_ => Environment.CurrentManagedThreadId, threads: 4).Select(e => e.Result).Distinct().ToList();

        Assert.Equal("auditd", log.Format!.Id);
        Assert.Equal([caller], threads);
    }
}
