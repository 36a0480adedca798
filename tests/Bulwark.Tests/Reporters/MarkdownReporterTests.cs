using System.Text.RegularExpressions;
using Bulwark.Reporters.Markdown;
using Bulwark.Sdk;

namespace Bulwark.Tests.Reporters;

public sealed partial class MarkdownReporterTests
{
    [Fact]
    public void Markdown_starts_with_the_gate_and_a_summary_table_by_severity()
    {
        var markdown = Render(SampleReports.Typical());

        Assert.Contains("**Gate: FAILED — 2 findings at or above high**", markdown, StringComparison.Ordinal);
        Assert.Contains("| Critical | 1 |\n| High | 1 |\n| Medium | 1 |\n| Low | 1 |\n| Info | 1 |\n| **Total** | **5** |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_are_grouped_by_severity_most_severe_first()
    {
        var markdown = Render(SampleReports.Typical());

        var headings = HeadingPattern().Matches(markdown).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Critical", "High", "Medium", "Low", "Info"], headings);
    }

    [Fact]
    public void Pipes_in_messages_and_evidence_do_not_add_table_columns()
    {
        var markdown = Render(SampleReports.Typical());

        foreach (var row in markdown.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            Assert.Equal(5, UnescapedPipe().Matches(row).Count);
        }
    }

    [Fact]
    public void Message_text_cannot_become_markup_or_code()
    {
        var markdown = Render(SampleReports.Typical());

        Assert.Contains(@"Privileged \<container\> \& ""quoted"" 'name' \| piped \| \`ticked\` — naïve 日本", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<container>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<deploy>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_with_backticks_gets_a_longer_fence()
    {
        var markdown = Render(SampleReports.Typical());

        Assert.Contains(@"``privileged: `true` \| <b>yes</b>``", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_list_is_cut_with_a_count_of_what_was_left_out()
    {
        var markdown = Render(SampleReports.Many(MarkdownReporter.MaxFindings + 7));

        Assert.Equal(MarkdownReporter.MaxFindings, markdown.Split('\n').Count(l => l.StartsWith("| `services/", StringComparison.Ordinal)));
        Assert.Contains("… and 7 more findings not shown", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Suppressed_findings_are_folded_away()
    {
        var markdown = Render(SampleReports.Typical());

        Assert.Contains("<details><summary>Suppressed findings (2)</summary>", markdown, StringComparison.Ordinal);
        Assert.Contains(@"ignore-file: Test fixture \<not a real token\> (until 2099-01-01)", markdown, StringComparison.Ordinal);
    }

    private static string Render(ScanReport report) => ReporterRun.Render(new MarkdownReporter(), report);

    [GeneratedRegex(@"^### (\w+) \(\d+\)$", RegexOptions.Multiline)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();
}
