using System.Text;
using Bulwark.Scanners.Packages.Osv;

namespace Bulwark.Scanners.Packages.Tests.Osv;

public sealed class OsvReaderTests
{
    private const string Full = """
        {
          "schema_version": "1.7.0",
          "id": "GHSA-jfh8-c2jp-5v3q",
          "modified": "2022-03-25T20:56:18Z",
          "published": "2021-12-10T00:40:56Z",
          "aliases": ["CVE-2021-44228"],
          "upstream": ["CVE-2021-44228"],
          "summary": "Remote code injection in Log4j",
          "details": "Long text.",
          "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"}],
          "affected": [{
            "package": {"ecosystem": "Maven", "name": "org.apache.logging.log4j:log4j-core", "purl": "pkg:maven/org.apache.logging.log4j/log4j-core"},
            "ranges": [
              {"type": "GIT", "repo": "https://github.com/apache/logging-log4j2", "events": [{"introduced": "0"}, {"fixed": "c77b3cb39312b83b053d23a2158b99ac7de44dd3"}]},
              {"type": "ECOSYSTEM", "events": [{"introduced": "2.13.0"}, {"fixed": "2.15.0"}, {"limit": "3.0.0"}, {"last_affected": "2.14.9"}]}
            ],
            "versions": ["2.13.0", "2.14.1"],
            "ecosystem_specific": {"severity": "CRITICAL"},
            "unknown_field": {"kept": false}
          }],
          "references": [
            {"type": "WEB", "url": "https://logging.apache.org/log4j/2.x/security.html"},
            {"type": "ADVISORY", "url": "https://nvd.nist.gov/vuln/detail/CVE-2021-44228"}
          ],
          "database_specific": {"severity": "CRITICAL", "cwe_ids": ["CWE-502"]}
        }
        """;

    [Fact]
    public void Every_field_matching_and_reporting_use_is_read()
    {
        var advisory = Read(Full);

        Assert.Equal("GHSA-jfh8-c2jp-5v3q", advisory.Id);
        Assert.Equal("2022-03-25T20:56:18Z", advisory.Modified);
        Assert.Null(advisory.Withdrawn);
        Assert.Equal(["CVE-2021-44228"], advisory.Aliases);
        Assert.Equal(["CVE-2021-44228"], advisory.Upstream);
        Assert.Equal("Remote code injection in Log4j", advisory.Summary);
        Assert.Equal([new OsvSeverity("CVSS_V3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H")], advisory.Severity);
        Assert.Equal("CRITICAL", advisory.DatabaseSeverity);
        var affected = Assert.Single(advisory.Affected);
        Assert.Equal("Maven", affected.Ecosystem);
        Assert.Equal("org.apache.logging.log4j:log4j-core", affected.Name);
        Assert.Equal(["2.13.0", "2.14.1"], affected.Versions);
        Assert.Equal("CRITICAL", affected.Severity);
    }

    [Fact]
    public void Git_ranges_are_left_out_and_every_event_kind_is_kept_in_order()
    {
        var range = Assert.Single(Read(Full).Affected[0].Ranges);

        Assert.Equal("ECOSYSTEM", range.Type);
        Assert.Equal(
            [new OsvEvent("introduced", "2.13.0"), new OsvEvent("fixed", "2.15.0"), new OsvEvent("limit", "3.0.0"), new OsvEvent("last_affected", "2.14.9")],
            range.Events);
    }

    [Fact]
    public void The_advisory_reference_is_preferred_for_the_url()
    {
        Assert.Equal("https://nvd.nist.gov/vuln/detail/CVE-2021-44228", Read(Full).Url);
        Assert.Equal("https://a.example", Read("""{"id": "X-1", "references": [{"type": "WEB", "url": "https://a.example"}, {"type": "FIX", "url": "https://b.example"}]}""").Url);
    }

    [Fact]
    public void A_withdrawn_time_is_read()
    {
        Assert.Equal("2024-05-01T00:00:00Z", Read("""{"id": "GHSA-w", "withdrawn": "2024-05-01T00:00:00Z"}""").Withdrawn);
    }

    [Fact]
    public void Without_a_summary_the_first_line_of_the_details_stands_in()
    {
        var advisory = Read("""{"id": "PYSEC-1", "details": "Django before 4.2.1 allows SQL injection.\n\nMore text."}""");

        Assert.Equal("Django before 4.2.1 allows SQL injection.", advisory.Summary);
    }

    [Fact]
    public void A_long_first_line_is_shortened()
    {
        var summary = Read($$"""{"id": "PYSEC-1", "details": "{{new string('x', 300)}}"}""").Summary;

        Assert.Equal(158, summary.Length);
        Assert.EndsWith("…", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_and_missing_optional_fields_are_empty()
    {
        var advisory = Read("""{"id": "RUSTSEC-2020-1", "aliases": null, "affected": [{"package": {"ecosystem": "crates.io", "name": "time"}}]}""");

        Assert.Empty(advisory.Aliases);
        Assert.Equal("", advisory.Modified);
        Assert.Empty(advisory.Affected[0].Ranges);
        Assert.Empty(advisory.Affected[0].Versions);
        Assert.Null(advisory.Url);
    }

    [Fact]
    public void An_affected_entry_without_a_package_is_skipped()
    {
        var advisory = Read("""{"id": "OSV-1", "affected": [{"ranges": [{"type": "GIT", "events": [{"introduced": "0"}]}]}, {"package": {"ecosystem": "npm", "name": "a"}}]}""");

        Assert.Equal("a", Assert.Single(advisory.Affected).Name);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"id": "GHSA-bom"}""")).ToArray();

        var (advisory, problem) = OsvReader.Read(bytes);

        Assert.Null(problem);
        Assert.Equal("GHSA-bom", advisory!.Id);
    }

    [Theory]
    [InlineData("{\n  \"id\": \"X\",\n  \"affected\": [\n", "not valid JSON (line ")]
    [InlineData("", "not valid JSON")]
    [InlineData("[1, 2]", "an OSV record must be a JSON object")]
    [InlineData("""{"summary": "no id"}""", "the record has no \"id\"")]
    [InlineData("""{"id": ""}""", "the record has no \"id\"")]
    [InlineData("""{"id": "GHSA-x", "affected": [{"package": {"ecosystem": "npm"}}]}""", "GHSA-x: an affected package has no ecosystem or name")]
    public void A_record_that_cannot_be_used_is_refused_with_the_reason(string json, string expected)
    {
        var (advisory, problem) = OsvReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.Null(advisory);
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_names_its_line()
    {
        var (_, problem) = OsvReader.Read(Encoding.UTF8.GetBytes("{\n  \"id\": \"X\",\n  \"aliases\": [\"a\" \"b\"]\n}"));

        Assert.StartsWith("not valid JSON (line 3)", problem, StringComparison.Ordinal);
    }

    private static OsvAdvisory Read(string json)
    {
        var (advisory, problem) = OsvReader.Read(Encoding.UTF8.GetBytes(json));
        Assert.True(advisory is not null, problem);
        return advisory!;
    }
}
