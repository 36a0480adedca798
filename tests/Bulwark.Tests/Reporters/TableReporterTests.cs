using Bulwark.Reporters.Table;
using Bulwark.Sdk;

namespace Bulwark.Tests.Reporters;

public sealed class TableReporterTests
{
    [Fact]
    public void Without_a_terminal_the_output_is_plain_text_ending_with_the_gate()
    {
        var output = Render(SampleReports.Typical());

        Assert.DoesNotContain('\u001b', output);
        Assert.EndsWith("Gate: FAILED — 2 findings at or above high\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_terminal_no_line_is_wider_than_the_fixed_width()
    {
        var output = Render(SampleReports.Typical());

        Assert.All(output.Split('\n'), line => Assert.InRange(line.Length, 0, TableReporter.PlainWidth));
    }

    [Fact]
    public void A_passing_scan_says_so_on_the_last_line()
    {
        var output = Render(SampleReports.Empty());

        Assert.Contains("No findings.", output, StringComparison.Ordinal);
        Assert.EndsWith("Gate: passed\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_shows_each_finding_with_its_location_and_evidence()
    {
        var output = Render(SampleReports.Typical());

        Assert.Contains("secrets/aws-access-key", output, StringComparison.Ordinal);
        Assert.Contains("deploy/env.sh:3-4", output, StringComparison.Ordinal);
        Assert.Contains("commit 4f2c9e1b7a3d", output, StringComparison.Ordinal);
        Assert.Contains("AKIA************MPLE", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_counts_severities_files_and_what_was_skipped()
    {
        var output = Render(SampleReports.Typical());

        Assert.Matches(@"Files scanned\s+│\s+1234 │", output);
        Assert.Matches(@"Content scanned\s+│\s+5\.5 MB │", output);
        Assert.Matches(@"Skipped excluded\s+│\s+301 │", output);
        Assert.Matches(@"Suppressed\s+│\s+2 │", output);
        Assert.Matches(@"Baselined\s+│\s+3 │", output);
    }

    [Fact]
    public void Expired_suppressions_and_scan_errors_are_warned_about()
    {
        var output = Render(SampleReports.Typical());

        Assert.Contains("Warning: the suppression at .bulwarkignore:7 expired on 2025-01-31", output, StringComparison.Ordinal);
        Assert.Contains("Error: vendor/big & bad.bin: Could not read the file: <permission denied>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_list_is_cut_with_a_count_of_what_was_left_out()
    {
        var output = Render(SampleReports.Many(TableReporter.MaxRows + 5));

        Assert.Equal(TableReporter.MaxRows, output.Split('\n').Count(l => l.StartsWith("│ low ", StringComparison.Ordinal)));
        Assert.Contains("… and 5 more findings", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_sequences_in_findings_are_shown_not_obeyed_even_on_a_terminal()
    {
        var output = Render(SampleReports.Hostile(), isTerminal: true);

        Assert.Contains(@"\x1B[31mred", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[2J", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b]0;", output, StringComparison.Ordinal);
    }

    private static string Render(ScanReport report, bool isTerminal = false) =>
        ReporterRun.Render(new TableReporter(), report, isTerminal);
}
