using Bulwark.Scanners.Packages.Versions;

namespace Bulwark.Scanners.Packages.Tests.Versions;

public sealed class RpmSchemeTests
{
    private static readonly IVersionScheme Scheme = new RpmScheme();

    [Fact]
    public void Epoch_version_and_release_order_as_rpm_orders_them()
    {
        VersionTable.AssertAscending(
            Scheme,
            "0.9-1",
            "1.0~rc1-1",
            "1.0~rc1^git1-1",
            "1.0 == 0:1.0",
            "1.0-0.1.rc1",
            "1.0-1 == 0:1.0-1 == 1.0-01 == 1_0-1 == 1.0-1.",
            "1.0-1.el8",
            "1.0-1.el8_1",
            "1.0-1.el9",
            "1.0-2.el8",
            "1.0-10.el8",
            "1.0^git1-1",
            "1.0a-1",
            "1.0.1-1",
            "1.1-1 == 1.01-1",
            "1.10-1",
            "2.0-1",
            "1:0.1-1 == 01:0.1-1",
            "1:1.0-1");
    }

    // Pairs from rpm's own rpmvercmp tests (tests/rpmvercmp.at), as facts about the comparison.
    [Theory]
    [InlineData("1.0", "1.0", 0)]
    [InlineData("1.0", "2.0", -1)]
    [InlineData("2.0.1", "2.0.1", 0)]
    [InlineData("2.0", "2.0.1", -1)]
    [InlineData("2.0.1a", "2.0.1", 1)]
    [InlineData("5.5p1", "5.5p2", -1)]
    [InlineData("5.5p10", "5.5p1", 1)]
    [InlineData("10xyz", "10.1xyz", -1)]
    [InlineData("xyz10", "xyz10.1", -1)]
    [InlineData("xyz.4", "8", -1)]
    [InlineData("xyz.4", "2", -1)]
    [InlineData("5.5p2", "5.6p1", -1)]
    [InlineData("5.6p1", "6.5p1", -1)]
    [InlineData("6.0.rc1", "6.0", 1)]
    [InlineData("10b2", "10a1", 1)]
    [InlineData("1.0aa", "1.0a", 1)]
    [InlineData("10.0001", "10.1", 0)]
    [InlineData("10.0001", "10.0039", -1)]
    [InlineData("4.999.9", "5.0", -1)]
    [InlineData("20101121", "20101122", -1)]
    [InlineData("2_0", "2_0", 0)]
    [InlineData("2.0", "2_0", 0)]
    [InlineData("a+", "a_", 0)]
    [InlineData("+a", "_a", 0)]
    [InlineData("+", "_", 0)]
    [InlineData("1.0~rc1", "1.0", -1)]
    [InlineData("1.0~rc1", "1.0~rc2", -1)]
    [InlineData("1.0~rc1~git123", "1.0~rc1", -1)]
    [InlineData("1.0^", "1.0", 1)]
    [InlineData("1.0^git1", "1.0", 1)]
    [InlineData("1.0^git1", "1.0^git2", -1)]
    [InlineData("1.0^git1", "1.01", -1)]
    [InlineData("1.0^20160101", "1.0.1", -1)]
    [InlineData("1.0^20160102", "1.0^20160101^git1", 1)]
    [InlineData("1.0~rc1^git1", "1.0~rc1", 1)]
    [InlineData("1.0^git1", "1.0^git1~pre", 1)]
    public void Rpmvercmp_agrees_with_rpm(string left, string right, int expected)
    {
        Assert.Equal(expected, RpmVersion.Compare(left, right));
        Assert.Equal(-expected, RpmVersion.Compare(right, left));
        var l = Scheme.Parse(left)!;
        var r = Scheme.Parse(right)!;
        Assert.Equal(expected, Math.Sign(l.CompareTo(r)));
        Assert.Equal(expected == 0, l.Equals(r));
        if (expected == 0)
        {
            Assert.Equal(l.GetHashCode(), r.GetHashCode());
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("1.0 1")]
    [InlineData("1.0\n")]
    [InlineData("a:1.0")]
    [InlineData(":1.0")]
    [InlineData("1.0-")]
    [InlineData("-1")]
    [InlineData("1:-1")]
    public void Text_that_is_not_an_evr_does_not_parse(string text) => VersionTable.AssertInvalid(Scheme, text);
}
