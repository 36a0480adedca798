using Bulwark.Scanners.Packages.Severity;

namespace Bulwark.Scanners.Packages.Tests.Severity;

public class Cvss3Tests
{
    [Theory]
    // FIRST, "CVSS v3.1: Examples" and NVD, for named vulnerabilities.
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1)] // CVE-2013-1937, phpMyAdmin reflected XSS
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N", 6.4)] // CVE-2013-0375, MySQL stored SQL injection
    [InlineData("CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N", 3.1)] // CVE-2014-3566, SSLv3 POODLE
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", 9.9)] // CVE-2012-1516, VMware guest to host escape
    [InlineData("CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:L", 4.2)] // CVE-2009-0783, Apache Tomcat XML parser
    [InlineData("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:N/I:H/A:N", 6.8)] // CVE-2008-1447, DNS Kaminsky bug
    [InlineData("CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 6.8)] // CVE-2014-2005, Sophos login screen bypass
    [InlineData("CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:H", 9.3)] // CVE-2013-6014, Juniper proxy ARP DoS
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N", 5.4)] // CVE-2014-9253, DokuWiki reflected XSS
    [InlineData("CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N", 4.6)] // CVE-2014-2019, Apple iOS security control bypass
    [InlineData("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N", 7.4)] // CVE-2014-0224, OpenSSL CCS injection
    [InlineData("CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N", 6.8)] // CVE-2016-2118, Badlock
    [InlineData("CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:C/C:H/I:H/A:H", 8.2)] // CVE-2016-5729, Lenovo BIOS privilege escalation
    [InlineData("CVSS:3.1/AV:L/AC:H/PR:L/UI:N/S:C/C:H/I:N/A:N", 5.6)] // CVE-2017-5753, Spectre v1
    [InlineData("CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 8.8)] // CVE-2011-1265, Windows Bluetooth RCE
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", 7.5)] // CVE-2014-0160, Heartbleed
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8)] // CVE-2014-6271, Shellshock
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0)] // CVE-2021-44228, Log4Shell: the maximum
    // Published calculator test vectors (Red Hat's cvss library, vectors_simple31).
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:N/A:N", 0.0)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0.0)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:L/A:L", 9.9)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:N/A:N", 5.8)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:N", 8.6)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H", 9.6)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:N/A:N", 4.7)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:L", 6.3)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:N/A:N", 5.0)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:H/I:H/A:H", 9.0)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:U/C:L/I:N/A:N", 3.5)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:U/C:L/I:L/A:L", 5.5)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:C/C:L/I:N/A:N", 4.1)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:C/C:L/I:L/A:L", 6.6)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H", 7.2)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:N/A:N", 4.9)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:L/A:L", 6.0)]
    public void A_v3_1_vector_scores_as_published(string vector, double expected)
    {
        Assert.True(Cvss.TryScore(vector, out var score, out var problem), problem);
        Assert.Equal(expected, score.BaseScore);
        Assert.Equal("3.1", score.Version);
    }

    [Theory]
    // Published calculator test vectors (Red Hat's cvss library, vectors_simple3), scored with v3.0's rounding.
    [InlineData("CVSS:3.0/AV:P/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 7.6)]
    [InlineData("CVSS:3.0/AV:P/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N", 2.4)]
    [InlineData("CVSS:3.0/AV:P/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:L", 4.8)]
    [InlineData("CVSS:3.0/AV:P/AC:L/PR:L/UI:R/S:C/C:H/I:H/A:H", 7.2)]
    [InlineData("CVSS:3.0/AV:P/AC:L/PR:L/UI:R/S:U/C:L/I:N/A:N", 1.9)]
    [InlineData("CVSS:3.0/AV:P/AC:L/PR:L/UI:N/S:C/C:N/I:N/A:N", 0.0)]
    [InlineData("CVSS:3.0/AV:L/AC:H/PR:H/UI:R/S:C/C:N/I:H/A:H", 6.9)]
    [InlineData("CVSS:3.0/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:L/A:L", 3.8)]
    public void A_v3_0_vector_scores_as_published(string vector, double expected)
    {
        Assert.True(Cvss.TryScore(vector, out var score, out var problem), problem);
        Assert.Equal(expected, score.BaseScore);
        Assert.Equal("3.0", score.Version);
    }

    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N/E:P/RL:W/RC:C", 6.1)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:R/CR:L/IR:L/AR:L/MAV:P/MAC:H/MPR:H/MUI:R/MS:U/MC:L/MI:L/MA:L", 9.8)]
    [InlineData("CVSS:3.0/AV:P/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/E:X/RL:X/RC:X/CR:X/MS:X", 7.6)]
    public void Temporal_and_environmental_metrics_parse_but_leave_the_base_score_alone(string vector, double expected)
    {
        Assert.True(Cvss.TryScore(vector, out var score, out var problem), problem);
        Assert.Equal(expected, score.BaseScore);
    }

    [Fact]
    public void Metrics_in_any_order_score_the_same()
    {
        Assert.True(Cvss.TryScore("CVSS:3.1/A:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N", out var score, out var problem), problem);
        Assert.Equal(9.8, score.BaseScore);
    }

    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", CvssRating.None)]
    [InlineData("CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N", CvssRating.Low)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", CvssRating.Medium)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", CvssRating.High)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssRating.Critical)]
    public void The_rating_follows_the_qualitative_scale(string vector, CvssRating expected)
    {
        Assert.True(Cvss.TryScore(vector, out var score, out var problem), problem);
        Assert.Equal(expected, score.Rating);
    }

    [Theory]
    [InlineData(0, CvssRating.None)]
    [InlineData(1, CvssRating.Low)]
    [InlineData(39, CvssRating.Low)]
    [InlineData(40, CvssRating.Medium)]
    [InlineData(69, CvssRating.Medium)]
    [InlineData(70, CvssRating.High)]
    [InlineData(89, CvssRating.High)]
    [InlineData(90, CvssRating.Critical)]
    [InlineData(100, CvssRating.Critical)]
    public void Rating_bands_change_exactly_at_their_published_edges(int tenths, CvssRating expected) =>
        Assert.Equal(expected, CvssScore.Rating3And4(tenths));

    [Theory]
    [InlineData(4.02, 4.1)] // the specification's own examples
    [InlineData(4.00, 4.0)]
    [InlineData(4.000000000000001, 4.0)] // a floating-point artefact of an exact 4.0
    [InlineData(5.000004, 5.0)] // within 0.000005 above a tenth: Appendix A treats it as that tenth
    [InlineData(5.00001, 5.1)]
    [InlineData(9.99, 10.0)]
    [InlineData(0.0, 0.0)]
    public void The_v3_1_roundup_works_on_five_decimals(double input, double expected) =>
        Assert.Equal(expected, Cvss3Roundup.V31(input));

    [Theory]
    [InlineData(4.02, 4.1)]
    [InlineData(4.00, 4.0)]
    [InlineData(4.000000000000001, 4.1)] // the artefact v3.1 Appendix A was written to avoid
    [InlineData(5.000004, 5.1)]
    public void The_v3_0_roundup_is_a_plain_ceiling(double input, double expected) =>
        Assert.Equal(expected, Cvss3Roundup.V30(input));

    [Fact]
    public void No_base_vector_scores_differently_under_v3_0_and_v3_1_rounding()
    {
        // The two round-ups only part on floating-point artefacts; none of the 2,592 base vectors produces one,
        // so a CVSS:3.0 and a CVSS:3.1 vector with the same metrics get the same base score.
        var different = new List<string>();
        foreach (var body in AllBaseBodies())
        {
            Assert.True(Cvss.TryScore("CVSS:3.0/" + body, out var v30, out _));
            Assert.True(Cvss.TryScore("CVSS:3.1/" + body, out var v31, out _));
            if (v30.BaseScore != v31.BaseScore)
            {
                different.Add(body);
            }
        }

        Assert.Empty(different);
    }

    private static IEnumerable<string> AllBaseBodies() =>
        from av in new[] { "N", "A", "L", "P" }
        from ac in new[] { "L", "H" }
        from pr in new[] { "N", "L", "H" }
        from ui in new[] { "N", "R" }
        from s in new[] { "U", "C" }
        from c in new[] { "H", "L", "N" }
        from i in new[] { "H", "L", "N" }
        from a in new[] { "H", "L", "N" }
        select $"AV:{av}/AC:{ac}/PR:{pr}/UI:{ui}/S:{s}/C:{c}/I:{i}/A:{a}";
}
