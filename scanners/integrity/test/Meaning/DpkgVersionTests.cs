using Bulwark.Scanners.Integrity.Meaning;

namespace Bulwark.Scanners.Integrity.Tests.Meaning;

public sealed class DpkgVersionTests
{
    // Each expectation is what `dpkg --compare-versions` answers for the pair.
    [Theory]
    [InlineData("1.0", "1.0", 0)]
    [InlineData("1.0~rc1", "1.0", -1)]
    [InlineData("1.0~", "1.0", -1)]
    [InlineData("1.0~~", "1.0~", -1)]
    [InlineData("1.0", "1.0+b1", -1)]
    [InlineData("1.0a", "1.0", 1)]
    [InlineData("1.0a", "1.0+", -1)]
    [InlineData("1.10", "1.9", 1)]
    [InlineData("007", "7", 0)]
    [InlineData("1:1.0", "2.0", 1)]
    [InlineData("0:1.0", "1.0", 0)]
    [InlineData("1.0-1", "1.0-2", -1)]
    [InlineData("1.0-0", "1.0", 0)]
    [InlineData("2.30-1ubuntu1", "2.30-1", 1)]
    [InlineData("1:9.2p1-2+deb12u3", "1:9.2p1-2+deb12u2", 1)]
    [InlineData("3.0.11-1~deb12u2", "3.0.11-1", -1)]
    public void Versions_compare_as_dpkg_compares_them(string a, string b, int expected)
    {
        Assert.Equal(expected, Math.Sign(DpkgVersion.Compare(a, b)));
        Assert.Equal(-expected, Math.Sign(DpkgVersion.Compare(b, a)));
    }

    [Fact]
    public void The_epoch_upstream_and_revision_are_split_at_the_first_colon_and_last_dash()
    {
        Assert.Equal(new DpkgVersion(2, "1.2-beta", "3ubuntu1"), DpkgVersion.Parse("2:1.2-beta-3ubuntu1"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(":")]
    [InlineData("x:1.0")]
    [InlineData("99999999999999999999:1")]
    [InlineData("-")]
    public void A_malformed_version_parses_without_throwing(string version)
    {
        _ = DpkgVersion.Compare(version, "1.0");
    }
}
