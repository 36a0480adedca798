using Bulwark.Scanners.Packages.Versions;

namespace Bulwark.Scanners.Packages.Tests.Versions;

public sealed class ApkSchemeTests
{
    private static readonly IVersionScheme Scheme = new ApkScheme();

    [Fact]
    public void Suffixes_letters_hashes_and_revisions_order_as_apk_orders_them()
    {
        VersionTable.AssertAscending(
            Scheme,
            "0.1.0_alpha",
            "0.1.0_alpha2",
            "0.1.0",
            "0.1.3_alpha",
            "1.0_alpha",
            "1.0_alpha1",
            "1.0_alpha2",
            "1.0_alpha10 == 1.0_alpha010",
            "1.0_beta",
            "1.0_beta1",
            "1.0_pre1",
            "1.0_rc1",
            "1.0_rc1-r1",
            "1.0 == 01.0",
            "1.0-r0",
            "1.0-r1 == 1.0-r01",
            "1.0-r2",
            "1.0-r10",
            "1.0~abc123",
            "1.0~abc123-r1",
            "1.0~abd",
            "1.0_cvs",
            "1.0_svn",
            "1.0_git20230101",
            "1.0_hg",
            "1.0_p1",
            "1.0_p2",
            "1.0_p2-r1",
            "1.0a",
            "1.0b",
            "1.0b_p1",
            "1.0.1",
            "1.00",
            "1.001",
            "1.01",
            "1.1",
            "1.2",
            "1.10",
            "2.0_alpha",
            "2.0",
            "10");
    }

    [Fact]
    public void A_prerelease_suffix_after_the_shared_part_makes_the_version_older_whatever_follows_in_the_other()
    {
        VersionTable.AssertAscending(Scheme, "1.2_rc1", "1.2", "1.2-r1", "1.2_p1", "1.2a", "1.2.1");
    }

    [Theory]
    [InlineData("")]
    [InlineData("a1")]
    [InlineData("1.0-1")]
    [InlineData("1.0-r")]
    [InlineData("1.0_foo")]
    [InlineData("1.0_")]
    [InlineData("1.0A")]
    [InlineData("1.0ab")]
    [InlineData("1.0a1")]
    [InlineData("1.0-r1-r2")]
    [InlineData("1.0~")]
    [InlineData("1.0~xyz")]
    [InlineData("1.0 ")]
    [InlineData(" 1.0")]
    [InlineData("1..0")]
    [InlineData("1.0.")]
    [InlineData("1.0-r1_p1")]
    [InlineData("1.0~abc_p1")]
    [InlineData("1.0_p1a")]
    public void Text_apk_rejects_does_not_parse(string text) => VersionTable.AssertInvalid(Scheme, text);
}
