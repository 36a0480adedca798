using Bulwark.Scanners.Packages.Matching;
using Bulwark.Scanners.Packages.Osv;
using BulwarkSeverity = Bulwark.Sdk.Severity;

namespace Bulwark.Scanners.Packages.Tests.Matching;

public sealed class AdvisorySeverityTests
{
    private const string V3Critical = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private const string V3Medium = "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N";
    private const string V4Critical = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

    [Fact]
    public void A_cvss_v3_vector_is_scored_and_rated()
    {
        var rating = AdvisorySeverity.Rate([With("GHSA-1", ("CVSS_V3", V3Critical))]);

        Assert.Equal(BulwarkSeverity.Critical, rating.Severity);
        Assert.Equal(9.8, rating.Score);
        Assert.Equal(V3Critical, rating.Vector);
        Assert.Equal("CVSS 3.1 9.8", rating.Source);
    }

    [Fact]
    public void A_medium_score_gives_a_medium_finding_even_when_the_database_says_high()
    {
        var advisory = OsvRecords.Advisory($$$"""{"id": "GHSA-2", "severity": [{"type": "CVSS_V3", "score": "{{{V3Medium}}}"}], "database_specific": {"severity": "HIGH"}}""");

        var rating = AdvisorySeverity.Rate([advisory]);

        Assert.Equal(BulwarkSeverity.Medium, rating.Severity);
        Assert.Equal(5.9, rating.Score);
    }

    [Fact]
    public void A_cvss_v4_vector_wins_over_a_v3_one_in_the_same_group()
    {
        var rating = AdvisorySeverity.Rate([With("PYSEC-1", ("CVSS_V3", V3Medium)), With("GHSA-1", ("CVSS_V4", V4Critical))]);

        Assert.Equal(BulwarkSeverity.Critical, rating.Severity);
        Assert.Equal("CVSS 4.0 9.3", rating.Source);
        Assert.Equal(V4Critical, rating.Vector);
    }

    [Fact]
    public void Of_several_vectors_of_one_version_the_highest_score_counts()
    {
        var rating = AdvisorySeverity.Rate([With("A-1", ("CVSS_V3", V3Medium)), With("B-1", ("CVSS_V3", V3Critical))]);

        Assert.Equal(9.8, rating.Score);
    }

    [Theory]
    [InlineData("CRITICAL", BulwarkSeverity.Critical)]
    [InlineData("HIGH", BulwarkSeverity.High)]
    [InlineData("MODERATE", BulwarkSeverity.Medium)]
    [InlineData("LOW", BulwarkSeverity.Low)]
    public void Without_a_vector_the_ghsa_rating_words_are_used(string words, BulwarkSeverity expected)
    {
        var rating = AdvisorySeverity.Rate([OsvRecords.Advisory($$$"""{"id": "GHSA-3", "database_specific": {"severity": "{{{words}}}"}}""")]);

        Assert.Equal(expected, rating.Severity);
        Assert.Equal($"GHSA rating {words}", rating.Source);
        Assert.Null(rating.Vector);
    }

    [Fact]
    public void A_vector_that_cannot_be_scored_falls_back_to_the_rating_words()
    {
        var advisory = OsvRecords.Advisory("""{"id": "GHSA-4", "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:X"}], "database_specific": {"severity": "LOW"}}""");

        Assert.Equal(BulwarkSeverity.Low, AdvisorySeverity.Rate([advisory]).Severity);
    }

    [Fact]
    public void An_unknown_word_does_not_hide_a_known_rating_further_on()
    {
        var advisory = OsvRecords.Advisory("""{"id": "USN-1", "severity": [{"type": "Ubuntu", "score": "untriaged"}], "database_specific": {"severity": "HIGH"}}""");

        Assert.Equal(BulwarkSeverity.High, AdvisorySeverity.Rate([advisory]).Severity);
    }

    [Fact]
    public void A_rating_given_for_the_affected_package_is_used_when_the_record_has_none()
    {
        var advisory = OsvRecords.Advisory("""{"id": "X-1", "affected": [{"package": {"ecosystem": "npm", "name": "a"}, "ecosystem_specific": {"severity": "HIGH"}}]}""");

        Assert.Equal(BulwarkSeverity.High, AdvisorySeverity.Rate([advisory]).Severity);
    }

    [Fact]
    public void A_malicious_package_record_is_critical()
    {
        var rating = AdvisorySeverity.Rate([OsvRecords.Advisory("""{"id": "MAL-2025-46974"}""")]);

        Assert.Equal(BulwarkSeverity.Critical, rating.Severity);
        Assert.Contains("malicious", rating.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malicious_package_is_critical_even_when_another_record_scores_it_lower()
    {
        var rating = AdvisorySeverity.Rate([With("GHSA-4x49-vf9v-38px", ("CVSS_V3", V3Medium)), OsvRecords.Advisory("""{"id": "MAL-2025-46974"}""")]);

        Assert.Equal(BulwarkSeverity.Critical, rating.Severity);
    }

    [Fact]
    public void A_record_without_any_rating_is_reported_as_medium_and_says_so()
    {
        var rating = AdvisorySeverity.Rate([OsvRecords.Advisory("""{"id": "GO-2024-1"}""")]);

        Assert.Equal(BulwarkSeverity.Medium, rating.Severity);
        Assert.StartsWith("unrated", rating.Source, StringComparison.Ordinal);
    }

    private static OsvAdvisory With(string id, params (string Type, string Score)[] severities) =>
        new() { Id = id, Severity = [.. severities.Select(s => new OsvSeverity(s.Type, s.Score))] };
}
