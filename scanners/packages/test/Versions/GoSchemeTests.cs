using Bulwark.Scanners.Packages.Versions;

namespace Bulwark.Scanners.Packages.Tests.Versions;

public sealed class GoSchemeTests
{
    private static readonly IVersionScheme Scheme = new GoScheme();

    [Fact]
    public void Pseudo_versions_sort_as_prereleases_in_time_order()
    {
        VersionTable.AssertAscending(
            Scheme,
            "v0.0.0-20191109021931-daa7c04131f5",
            "v0.0.0-20200101000000-aaaaaaaaaaaa",
            "v0.0.0",
            "v0.1.0",
            "v1.0.0-alpha",
            "v1.0.0-beta",
            "v1.0.0-beta.0.20200101000000-abcdef123456",
            "v1.0.0-beta.1",
            "v1 == v1.0 == v1.0.0 == v1.0.0+incompatible",
            "v1.2.3",
            "v1.2.4-0.20191109021931-daa7c04131f5",
            "v1.2.4-0.20200101000000-0123456789ab",
            "v1.2.4",
            "v1.10.0",
            "v2.0.0 == v2.0.0+incompatible",
            "v2.0.1-0.20210101000000-ffffffffffff+incompatible",
            "v2.0.1",
            "v2.1 == v2.1.0",
            "v10.0.0");
    }

    [Fact]
    public void A_pseudo_version_orders_the_same_with_the_semver_scheme_osv_uses_for_go()
    {
        var go = Scheme.Parse("v1.2.4-0.20191109021931-daa7c04131f5")!;
        Assert.True(go.CompareTo(Scheme.Parse("v1.2.3")) > 0);
        var osv = VersionSchemes.SemVer.Parse("1.2.4-0.20191109021931-daa7c04131f5")!;
        Assert.True(osv.CompareTo(VersionSchemes.SemVer.Parse("v1.2.3")) > 0);
        Assert.True(osv.CompareTo(VersionSchemes.SemVer.Parse("1.2.4")) < 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("v")]
    [InlineData("1.2.3")]
    [InlineData("V1.2.3")]
    [InlineData("v1.2.3.4")]
    [InlineData("v01.2.3")]
    [InlineData("v1.2-pre")]
    [InlineData("v1+meta")]
    [InlineData("v1.2.3-")]
    [InlineData("v1.2.3-01")]
    [InlineData("go1.21.3")]
    [InlineData("latest")]
    public void Text_that_is_not_a_go_module_version_does_not_parse(string text) => VersionTable.AssertInvalid(Scheme, text);
}
