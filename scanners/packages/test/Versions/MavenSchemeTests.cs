using Bulwark.Scanners.Packages.Versions;

namespace Bulwark.Scanners.Packages.Tests.Versions;

public sealed class MavenSchemeTests
{
    private static readonly IVersionScheme Scheme = new MavenScheme();

    // Maven's qualifier order alpha < beta < milestone < rc = cr < snapshot < "" = ga = final = release < sp <
    // unknown (alphabetical), around a "1" base.
    [Fact]
    public void Qualifiers_follow_the_specified_order_and_numbers_come_after_them()
    {
        VersionTable.AssertAscending(
            Scheme,
            "1-alpha2snapshot",
            "1-alpha2 == 1-a2 == 1.alpha2 == 1-ALPHA2 == 1alpha2",
            "1-alpha-123",
            "1-beta-2 == 1-b2 == 1beta2",
            "1-beta123",
            "1-m2 == 1-milestone-2 == 1-milestone2",
            "1-m11",
            "1-rc == 1-cr == 1.rc == 1-RC == 1CR",
            "1-cr2",
            "1-rc123",
            "1-SNAPSHOT == 1-snapshot == 1.0-SNAPSHOT == 1.0.0-snapshot",
            "1 == 1.0 == 1.0.0 == 1-0 == 1.0-0 == 1-ga == 1.ga == 1-final == 1.FINAL == 1-release == 1.0.0.0.0 == 1. == 1- == 001",
            "1-sp",
            "1-sp2",
            "1-sp123",
            "1-abc",
            "1-def",
            "1-pom-1",
            "1-1-snapshot",
            "1-1 == 1-ga-1 == 1-0-1 == 1.0-1",
            "1-2",
            "1-123",
            "1.0.1 == 1.0.1.0",
            "1.1");
    }

    // A dot before a number makes a bigger step than a hyphen, and a qualifier after a dot is still a qualifier.
    [Fact]
    public void Dotted_and_hyphenated_numbers_and_qualifiers_interleave_as_specified()
    {
        VersionTable.AssertAscending(
            Scheme,
            "2.0 == 2 == 2.0.0",
            "2-1",
            "2.0.a",
            "2.0.0.a",
            "2.0.2",
            "2.0.123",
            "2.1.0",
            "2.1-a",
            "2.1b",
            "2.1-c",
            "2.1-1",
            "2.1.0.1",
            "2.2",
            "2.123",
            "11.a2",
            "11.a11",
            "11.b2",
            "11.b11",
            "11.m2",
            "11.m11",
            "11",
            "11.a",
            "11b",
            "11c",
            "11m");
    }

    // The examples of the POM reference's "Version Order Specification".
    [Fact]
    public void The_specification_examples_hold()
    {
        VersionTable.AssertAscending(
            Scheme,
            "1-snapshot",
            "1 == 1.ga == 1-ga == 1-0 == 1.0",
            "1-ga.1",
            "1-sp",
            "1-sp-1",
            "1-sp.1",
            "1.foo == 1-foo",
            "1-foo2",
            "1-foo10",
            "1-1 == 1-ga-1",
            "1.1");
        VersionTable.AssertAscending(Scheme, "1-a1 == 1-alpha-1 == 1-alpha1");
    }

    [Fact]
    public void Real_release_trains_sort_as_maven_central_expects()
    {
        VersionTable.AssertAscending(
            Scheme,
            "1.0.0-M1",
            "1.0.0-M2",
            "1.0.0-RC1",
            "1.0.0-RC2",
            "1.0.0-SNAPSHOT",
            "1.0.0 == 1.0.0.RELEASE == 1.0.0.Final == 1.0.0-GA",
            "1.0.0.SP1",
            "1.0.1",
            "2.12.7",
            "2.12.7.1",
            "2.13.0-rc1",
            "2.13.0",
            "5.3.9",
            "5.3.20",
            "31.1-android",
            "31.1-jre",
            "32.0.0-jre",
            "20190126.230843",
            "1234567890.12345",
            "123456789012345.1H.5-beta",
            "12345678901234567890.1H.5-beta");
    }

    [Fact]
    public void A_version_that_used_to_break_transitivity_orders_consistently()
    {
        // MNG-5568: 6.1.0rc3 < 6.1.0 < 6.1H.5-beta, and so 6.1.0rc3 < 6.1H.5-beta.
        VersionTable.AssertAscending(Scheme, "6.1.0rc3", "6.1.0", "6.1H.5-beta");
    }

    [Fact]
    public void A_zero_after_a_hyphen_followed_by_a_qualifier_stays_before_the_release()
    {
        // MNG-6964: 1-0.alpha and 1-0.beta are pre-releases of 1.
        VersionTable.AssertAscending(Scheme, "1-0.alpha", "1-0.beta", "1");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("1.0 beta")]
    [InlineData("1.0\t")]
    public void Empty_text_or_text_with_whitespace_does_not_parse(string text) => VersionTable.AssertInvalid(Scheme, text);
}
