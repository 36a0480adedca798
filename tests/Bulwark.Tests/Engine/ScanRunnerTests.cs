using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Bulwark.Engine.Paths;
using Bulwark.Engine.Scanning;
using Bulwark.Sdk;

namespace Bulwark.Tests.Engine;

public sealed class ScanRunnerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static Task<ScanOutcome> Run(IEnumerable<SourceFile> files, IReadOnlyList<IScanner> scanners, ScanLimits? limits = null, PathFilter? exclusions = null) =>
        new ScanRunner(scanners, limits ?? new ScanLimits(1 << 20, 1), exclusions ?? new PathFilter([]))
            .RunAsync(new ListSource(files), new ScanProgress(), CancellationToken.None)
            .WaitAsync(Patience);

    [Fact]
    public async Task A_file_that_cannot_be_opened_becomes_a_scan_error_and_the_other_files_are_still_scanned()
    {
        var scanner = new LineScanner();
        MemoryFile[] files = [new("a.txt", "SECRET a"), new("locked.txt", "SECRET x", failure: new IOException("permission denied")), new("z.txt", "SECRET z")];

        var outcome = await Run(files, [scanner]);

        var error = Assert.Single(outcome.Errors);
        Assert.Equal("locked.txt", error.Path);
        Assert.Equal("cannot read file: permission denied", error.Message);
        Assert.Equal(["a.txt", "z.txt"], outcome.Findings.Select(f => f.Location.Path).Order(StringComparer.Ordinal));
        Assert.Equal(2, outcome.Statistics.FilesScanned);
    }

    [Fact]
    public async Task A_file_whose_reading_fails_in_an_unexpected_way_becomes_a_scan_error_and_does_not_stop_the_scan()
    {
        var files = Enumerable.Range(0, 1000)
            .Select(i => new MemoryFile($"f{i:D4}.txt", "SECRET", failure: i == 0 ? new InvalidOperationException("object not found in the pack") : null))
            .ToList();

        var outcome = await Run(files, [new LineScanner()]);

        var error = Assert.Single(outcome.Errors);
        Assert.Equal("f0000.txt", error.Path);
        Assert.Contains("object not found in the pack", error.Message, StringComparison.Ordinal);
        Assert.Equal(999, outcome.Findings.Count);
    }

    [Fact]
    public async Task A_scanner_that_throws_on_one_file_yields_an_error_naming_it_and_other_findings_survive()
    {
        var failing = new LineScanner("fragile", throwOn: "b.txt");
        var steady = new LineScanner("steady");
        MemoryFile[] files = [new("a.txt", "SECRET"), new("b.txt", "SECRET"), new("c.txt", "SECRET")];

        var outcome = await Run(files, [failing, steady]);

        var error = Assert.Single(outcome.Errors);
        Assert.Equal("b.txt", error.Path);
        Assert.Contains("the fragile scanner failed on this file", error.Message, StringComparison.Ordinal);
        Assert.Contains("FormatException", error.Message, StringComparison.Ordinal);
        Assert.Equal(
            ["fragile a.txt", "fragile c.txt", "steady a.txt", "steady b.txt", "steady c.txt"],
            outcome.Findings.Select(f => $"{f.Scanner} {f.Location.Path}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Binary_and_too_large_files_are_skipped_and_counted()
    {
        var scanner = new LineScanner();
        MemoryFile[] files =
        [
            new("text.txt", "SECRET"),
            new("image.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 13]),
            new("big.log", new string('a', 2000)),
            new("lies-about-its-size.log", new string('a', 2000), size: 10),
        ];

        var outcome = await Run(files, [scanner], new ScanLimits(1000, 1));

        Assert.Equal(1, outcome.Statistics.SkippedBinary);
        Assert.Equal(2, outcome.Statistics.SkippedTooLarge);
        Assert.Equal(1, outcome.Statistics.FilesScanned);
        Assert.Equal(6, outcome.Statistics.BytesScanned);
        Assert.Equal(["text.txt"], scanner.Scanned.Keys);
    }

    [Fact]
    public async Task Files_no_scanner_wants_and_excluded_paths_are_counted_as_excluded_and_never_read()
    {
        var scanner = new LineScanner(wants: file => !file.Path.EndsWith(".md", StringComparison.Ordinal));
        MemoryFile[] files =
        [
            new("README.md", "SECRET", failure: new IOException("must not be read")),
            new("vendor/lib.js", "SECRET", failure: new IOException("must not be read")),
            new("app.cs", "SECRET"),
        ];

        var outcome = await Run(files, [scanner], exclusions: new PathFilter(["vendor/"]));

        Assert.Equal(2, outcome.Statistics.SkippedExcluded);
        Assert.Empty(outcome.Errors);
        Assert.Equal(["app.cs"], scanner.Scanned.Keys);
    }

    [Fact]
    public async Task Changed_lines_drop_findings_outside_them_but_keep_whole_file_findings()
    {
        var scanner = new LineScanner(wholeFileFinding: true);
        var file = new MemoryFile("app.cs", "SECRET one\nplain\nSECRET three\nSECRET four\n") { ChangedLines = [new LineRange(2, 3)] };

        var outcome = await Run([file], [scanner]);

        Assert.Equal([0, 3], outcome.Findings.Select(f => f.Location.StartLine).Order());
    }

    [Fact]
    public async Task Without_changed_lines_every_finding_is_kept()
    {
        var outcome = await Run([new MemoryFile("app.cs", "SECRET one\nplain\nSECRET three\n")], [new LineScanner()]);

        Assert.Equal([1, 3], outcome.Findings.Select(f => f.Location.StartLine).Order());
    }

    [Fact]
    public async Task Findings_under_inline_markers_are_set_aside_as_inline_suppressions()
    {
        var file = new MemoryFile("app.cs", "SECRET kept\nSECRET hidden // bulwark:ignore test value\n# gitleaks:allow\nSECRET kept too\n");

        var outcome = await Run([file], [new LineScanner()]);

        Assert.Equal([1, 4], outcome.Findings.Select(f => f.Location.StartLine).Order());
        var suppressed = Assert.Single(outcome.InlineSuppressed);
        Assert.Equal(2, suppressed.Finding.Location.StartLine);
        Assert.Equal("test value", suppressed.Reason);
        Assert.Equal("app.cs:2", suppressed.Source);
    }

    [Fact]
    public async Task With_two_threads_every_one_of_500_files_is_scanned_exactly_once()
    {
        var scanner = new LineScanner();
        var files = Enumerable.Range(0, 500).Select(i => new MemoryFile($"dir{i % 7}/file{i}.txt", $"line\nSECRET {i}\n")).ToList();

        var outcome = await Run(files, [scanner], new ScanLimits(1 << 20, 2));

        Assert.Equal(500, scanner.Scanned.Count);
        Assert.All(scanner.Scanned.Values, count => Assert.Equal(1, count));
        Assert.Equal(500, outcome.Statistics.FilesScanned);
        Assert.Equal(500, outcome.Findings.Select(f => f.Location.Path).Distinct().Count());
    }

    [Fact]
    public async Task Errors_the_source_reports_while_enumerating_are_kept_and_all_errors_are_sorted_by_path()
    {
        var source = new ListSource([new MemoryFile("m.txt", "x", failure: new IOException("gone"))], enumerationError: ("b/unreadable/", "permission denied"));

        var outcome = await new ScanRunner([new LineScanner()], new ScanLimits(1 << 20, 1), new PathFilter([]))
            .RunAsync(source, new ScanProgress(), CancellationToken.None).WaitAsync(Patience);

        Assert.Equal(["b/unreadable/", "m.txt"], outcome.Errors.Select(e => e.Path));
    }

    [Fact]
    public async Task A_binary_or_oversized_file_reaches_only_the_scanners_that_read_whole_files_with_all_its_bytes()
    {
        var database = new byte[] { 0x53, 0x51, 0x4c, 0x00, 0x01, 0x02 };
        var whole = new WholeFileScanner(path => path.EndsWith(".sqlite", StringComparison.Ordinal));
        var text = new LineScanner();
        MemoryFile[] files = [new("var/lib/rpm/rpmdb.sqlite", database), new("image.png", [0x89, 0x00]), new("big.txt", "SECRET", size: 2 << 20)];

        var outcome = await Run(files, [whole, text]);

        Assert.Equal(["var/lib/rpm/rpmdb.sqlite"], whole.Seen.Keys);
        Assert.Equal(database, whole.Seen["var/lib/rpm/rpmdb.sqlite"]);
        Assert.Empty(text.Scanned);
        Assert.Equal(1, outcome.Statistics.SkippedBinary);
        Assert.Equal(1, outcome.Statistics.SkippedTooLarge);
    }

    private sealed class WholeFileScanner(Func<string, bool> reads) : IScanner
    {
        public ConcurrentDictionary<string, byte[]> Seen { get; } = new(StringComparer.Ordinal);

        public ScannerInfo Info { get; } = new("whole", "1", "reads databases");

        public IReadOnlyList<RuleInfo> Rules { get; } = [];

        public bool Wants(SourceFile file) => reads(file.Path);

        public bool ReadsWhole(SourceFile file) => reads(file.Path);

        public ValueTask ScanAsync(SourceFile file, ScanContent content, IFindingSink sink, CancellationToken cancellationToken)
        {
            Assert.True(content.Text.IsEmpty);
            Seen[file.Path] = content.Bytes.ToArray();
            return ValueTask.CompletedTask;
        }
    }

    private sealed class MemoryFile : SourceFile
    {
        private readonly byte[] _content;
        private readonly Exception? _failure;

        [SetsRequiredMembers]
        public MemoryFile(string path, string content, long? size = null, Exception? failure = null)
            : this(path, Encoding.UTF8.GetBytes(content), size, failure)
        {
        }

        [SetsRequiredMembers]
        public MemoryFile(string path, byte[] content, long? size = null, Exception? failure = null)
        {
            Path = path;
            Size = size ?? content.Length;
            _content = content;
            _failure = failure;
        }

        public override Stream OpenRead() => _failure is null ? new MemoryStream(_content, writable: false) : throw _failure;
    }

    private sealed class ListSource(IEnumerable<SourceFile> files, (string Path, string Message)? enumerationError = null) : IFileSource
    {
        public string Description => "files in memory";

        public IEnumerable<SourceFile> Enumerate(IFindingSink errors, CancellationToken cancellationToken)
        {
            if (enumerationError is { } error)
            {
                errors.Error(error.Path, error.Message);
            }

            return files;
        }
    }

    /// <summary>Reports every line containing SECRET; optionally one whole-file finding too, or throws on one path.</summary>
    private sealed class LineScanner(string id = "demo", string? throwOn = null, Func<SourceFile, bool>? wants = null, bool wholeFileFinding = false) : IScanner
    {
        public ConcurrentDictionary<string, int> Scanned { get; } = new(StringComparer.Ordinal);

        public ScannerInfo Info { get; } = new(id, "1", "finds SECRET");

        public IReadOnlyList<RuleInfo> Rules { get; } = [];

        public bool Wants(SourceFile file) => wants?.Invoke(file) ?? true;

        public ValueTask ScanAsync(SourceFile file, ScanContent content, IFindingSink sink, CancellationToken cancellationToken)
        {
            Scanned.AddOrUpdate(file.Path, 1, (_, n) => n + 1);
            if (file.Path == throwOn)
            {
                throw new FormatException("cannot parse");
            }

            if (wholeFileFinding)
            {
                sink.Add(TestFinding.At(file.Path, 0, rule: id + "/whole-file") with { Scanner = id });
            }

            var lines = content.Lines;
            for (var line = 1; line <= lines.LineCount; line++)
            {
                if (lines.Line(line).Contains("SECRET", StringComparison.Ordinal))
                {
                    sink.Add(TestFinding.At(file.Path, line, rule: id + "/secret") with { Scanner = id });
                }
            }

            return ValueTask.CompletedTask;
        }
    }
}
