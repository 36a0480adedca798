using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Bulwark.Reporters.Html;
using Bulwark.Sdk;

namespace Bulwark.Tests.Reporters;

public sealed partial class HtmlReporterTests
{
    [Fact]
    public void The_page_loads_nothing_from_outside_itself()
    {
        var html = Render(SampleReports.Typical());

        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(SourceAttribute().Matches(html));

        // The only web addresses are the finding's own references, as plain links.
        var addresses = WebAddress().Matches(html).Select(m => m.Value).Distinct().ToList();
        Assert.Equal(["https://docs.github.com/en/authentication"], addresses);
        Assert.Contains("<a href=\"https://docs.github.com/en/authentication\" rel=\"noopener noreferrer\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_web_addresses_become_links()
    {
        var html = Render(SampleReports.Typical());

        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<li>CWE-250</li><li>javascript:alert(document.cookie)</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_content_security_policy_allows_exactly_the_inline_style_and_script()
    {
        var html = Render(SampleReports.Typical());

        var policy = PolicyMeta().Match(html).Groups[1].Value;
        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        Assert.Contains($"style-src 'sha256-{Hash(Between(html, "<style>", "</style>"))}'", policy, StringComparison.Ordinal);
        Assert.Contains($"script-src 'sha256-{Hash(Between(html, "<script>", "</script>"))}'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.Empty(EventHandlerAttribute().Matches(html));
    }

    [Fact]
    public void Every_message_is_html_encoded_and_none_arrives_as_markup()
    {
        var report = SampleReports.Typical();

        var html = Render(report);

        Assert.All(report.Findings, f => Assert.Contains(WebUtility.HtmlEncode(f.Message), html, StringComparison.Ordinal));
        Assert.DoesNotContain("<container>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>yes", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<deploy>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<not a real token>", html, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
    }

    [Fact]
    public void Each_finding_is_a_card_the_filters_can_find()
    {
        var html = Render(SampleReports.Typical());

        Assert.Contains("<article class=\"finding medium\" data-severity=\"medium\" data-scanner=\"iac\">", html, StringComparison.Ordinal);
        Assert.Contains("data-filter=\"severity\" value=\"critical\" checked", html, StringComparison.Ordinal);
        Assert.Contains("data-filter=\"scanner\" value=\"packages\" checked", html, StringComparison.Ordinal);
        Assert.Equal(5 + 2, Regex.Count(html, "<article "));
    }

    [Fact]
    public void The_finding_lines_of_the_snippet_are_highlighted()
    {
        var html = Render(SampleReports.Typical());

        Assert.Contains("<div class=\"ln\"><span class=\"no\">2</span>set -e</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"ln hit\"><span class=\"no\">3</span>export AWS_ACCESS_KEY_ID=AKIA************MPLE</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"ln hit\"><span class=\"no\">4</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commit_origin_is_shown_beside_the_path()
    {
        var html = Render(SampleReports.Typical());

        Assert.Contains($"<code title=\"{SampleReports.CommitId}\">4f2c9e1b7a3d</code> by Jos&#233; M&#252;ller", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Suppressed_findings_sit_in_a_closed_section_and_errors_are_listed()
    {
        var html = Render(SampleReports.Typical());

        Assert.Contains("<details class=\"suppressed\">\n<summary>Suppressed findings (2)</summary>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<details class=\"suppressed\" open", html, StringComparison.Ordinal);
        Assert.Contains("<td><code>vendor/big &amp; bad.bin</code></td><td>Could not read the file: &lt;permission denied&gt;</td>", html, StringComparison.Ordinal);
        Assert.Contains("Gate: FAILED — 2 findings at or above high", html, StringComparison.Ordinal);
    }

    private static string Render(ScanReport report) => ReporterRun.Render(new HtmlReporter(), report);

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static string Hash(string block) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(block)));

    [GeneratedRegex(@"\s(src|srcset|poster|data|action|formaction|xlink:href)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex SourceAttribute();

    [GeneratedRegex(@"(https?:)?//[^\s""'<>)]+", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"<meta http-equiv=""Content-Security-Policy"" content=""([^""]+)"">")]
    private static partial Regex PolicyMeta();

    [GeneratedRegex(@"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}
