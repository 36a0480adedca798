using Bulwark.Sdk;
using AllReporters = Bulwark.Reporters.Reporters;

namespace Bulwark.Tests.Reporters;

public sealed class ReportersTests
{
    public static TheoryData<string> Formats => [.. AllReporters.All.Select(r => r.Format)];

    [Fact]
    public void The_list_holds_every_format_once_sorted_by_id()
    {
        var formats = AllReporters.All.Select(r => r.Format).ToList();

        Assert.Equal(["html", "json", "junit", "markdown", "sarif", "table"], formats);
        Assert.Equal(formats.Order(StringComparer.Ordinal), formats);
    }

    [Fact]
    public void Every_reporter_has_a_one_sentence_summary()
    {
        Assert.All(AllReporters.All, r => Assert.Matches(@"^[A-Z].*\.$", r.Summary));
    }

    [Fact]
    public void A_format_is_found_whatever_its_case()
    {
        Assert.Equal("sarif", AllReporters.Find("SARIF")?.Format);
        Assert.Null(AllReporters.Find("pdf"));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_reporter_writes_an_empty_scan(string format)
    {
        var output = ReporterRun.Render(Reporter(format), SampleReports.Empty());

        Assert.NotEmpty(output);
        Assert.EndsWith("\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_reporter_survives_control_characters_and_broken_surrogates(string format)
    {
        var output = ReporterRun.Render(Reporter(format), SampleReports.Hostile());

        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\0', output);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_reporter_mentions_every_active_finding_by_its_rule(string format)
    {
        var report = SampleReports.Typical();

        var output = ReporterRun.Render(Reporter(format), report);

        Assert.All(report.Findings, f => Assert.Contains(f.RuleId, output, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_reporter_shows_the_scanners_notes(string format)
    {
        var report = SampleReports.Typical();

        var output = ReporterRun.Render(Reporter(format), report);

        Assert.Contains("2 days old", output, StringComparison.Ordinal);
        Assert.Contains("older than 1 day", output, StringComparison.Ordinal);
    }

    private static IReporter Reporter(string format) => AllReporters.Find(format)!;
}
