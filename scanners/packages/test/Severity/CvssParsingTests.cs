using Bulwark.Scanners.Packages.Severity;

namespace Bulwark.Scanners.Packages.Tests.Severity;

public class CvssParsingTests
{
    private const string V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private const string V40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    public void An_empty_vector_is_rejected(string? vector, string expected) =>
        AssertRejected(vector, expected);

    [Theory]
    [InlineData("CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "'CVSS:3.2' is not a CVSS version")]
    [InlineData("CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P", "'CVSS:2.0' is not a CVSS version")]
    [InlineData("CVSS:4.1/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "'CVSS:4.1' is not a CVSS version")]
    [InlineData("cvss:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "is not a CVSS vector")]
    [InlineData("CVE-2021-44228", "is not a CVSS vector")]
    public void A_wrong_or_unknown_prefix_is_rejected(string vector, string expected) =>
        AssertRejected(vector, expected);

    [Fact]
    public void Each_version_rejects_the_other_versions_prefix()
    {
        Assert.False(Cvss3.TryScore(V40, out _, out var problem));
        Assert.Contains("starts with CVSS:3.0/ or CVSS:3.1/, not 'CVSS:4.0'", problem, StringComparison.Ordinal);

        Assert.False(Cvss4.TryScore(V31, out _, out problem));
        Assert.Contains("starts with CVSS:4.0/, not 'CVSS:3.1'", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H", "missing the base metric S (Scope)")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U", "missing the base metrics C (Confidentiality), I (Integrity), A (Availability)")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N", "missing the base metric SA (Subsequent System Availability)")]
    [InlineData("CVSS:4.0/AV:N/AC:L/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A", "missing the base metric AT (Attack Requirements)")]
    [InlineData("CVSS:3.1", "has no metrics after its prefix")]
    [InlineData("CVSS:4.0/", "has no metrics after its prefix")]
    public void A_missing_base_metric_is_named(string vector, string expected) =>
        AssertRejected(vector, expected);

    [Theory]
    [InlineData("CVSS:3.1/AV:Z/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "AV:Z, but AV (Attack Vector) takes one of N, A, L, P")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:Z", "E:Z, but E (Exploit Code Maturity) takes one of X, H, F, P, U")]
    [InlineData("CVSS:3.1/AV:n/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "AV:n, but AV (Attack Vector)")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:R/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "UI:R, but UI (User Interaction) takes one of N, P, A")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N", "SI:S, but SI (Subsequent System Integrity) takes one of H, L, N")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/S:U", "S:U, but S (Safety) takes one of X, N, P")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/U:red", "U:red, but U (Provider Urgency) takes one of X, Clear, Green, Amber, Red")]
    [InlineData("AV:N/AC:L/Au:N/C:X/I:P/A:P", "C:X, but C (Confidentiality Impact) takes one of N, P, C")]
    public void An_unknown_value_is_rejected_with_the_values_allowed(string vector, string expected) =>
        AssertRejected(vector, expected);

    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L", "gives the metric AV (Attack Vector) more than once")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/A:H", "gives the metric A (Availability) more than once")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A/E:P", "gives the metric E (Exploit Maturity) more than once")]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P/Au:S", "gives the metric Au (Authentication) more than once")]
    public void A_duplicate_metric_is_rejected_even_with_the_same_value(string vector, string expected) =>
        AssertRejected(vector, expected);

    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/AT:N/PR:N/UI:N/S:U/C:H/I:H/A:H", "CVSS:3.1 has no metric 'AT'")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/RL:O", "CVSS:4.0 has no metric 'RL'")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/", "has an empty field")]
    [InlineData("CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "has an empty field")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A", "'A', which is not a METRIC:VALUE pair")]
    [InlineData("CVSS:3.1/AV:N:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "'AV:N:L', which is not a METRIC:VALUE pair")]
    [InlineData("CVSS:3.1/:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "':N', which is not a METRIC:VALUE pair")]
    [InlineData("CVSS:3.1/AV:/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "'AV:', which is not a METRIC:VALUE pair")]
    public void Malformed_fields_are_rejected(string vector, string expected) =>
        AssertRejected(vector, expected);

    [Fact]
    public void Surrounding_white_space_is_ignored()
    {
        Assert.True(Cvss.TryScore($"  {V31}\n", out var v3, out var problem), problem);
        Assert.Equal(9.8, v3.BaseScore);
        Assert.True(Cvss.TryScore($"\t{V40} ", out var v4, out problem), problem);
        Assert.Equal(9.3, v4.BaseScore);
    }

    [Fact]
    public void A_valid_vector_reports_no_problem()
    {
        Assert.True(Cvss.TryScore(V31, out var score, out var problem));
        Assert.Null(problem);
        Assert.Equal(new CvssScore("3.1", 9.8, CvssRating.Critical), score);
    }

    private static void AssertRejected(string? vector, string expected)
    {
        Assert.False(Cvss.TryScore(vector, out var score, out var problem));
        Assert.Null(score);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
