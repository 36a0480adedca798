using Bulwark.Scanners.Packages.Versions;

namespace Bulwark.Scanners.Packages.Tests.Versions;

public sealed class NuGetSchemeTests
{
    private static readonly IVersionScheme Scheme = new NuGetScheme();

    [Fact]
    public void Legacy_four_part_and_semver2_versions_share_one_order()
    {
        VersionTable.AssertAscending(
            Scheme,
            "0.0.1",
            "0.9",
            "1.0.0-alpha == 1.0.0-ALPHA == 1.0-Alpha == 1.0.0.0-alpha",
            "1.0.0-alpha.1 == 1.0.0-alpha.01 == 1.0.0-Alpha.1+build.5",
            "1.0.0-alpha.2",
            "1.0.0-alpha.10",
            "1.0.0-alpha.beta",
            "1.0.0-beta == 1.0.0-BETA+build",
            "1.0.0-beta.2",
            "1.0.0-beta01",
            "1.0.0-beta02",
            "1.0.0-rc.1",
            "1 == 1.0 == 1.0.0 == 1.0.0.0 == 01.0.0 == 1.0.0+metadata == 1.0.0.0+sha.abc",
            "1.0.0.1-beta",
            "1.0.0.1",
            "1.0.0.2",
            "1.0.0.10",
            "1.0.1",
            "1.1",
            "1.2.3.4",
            "1.10",
            "2.0.0-preview.1.23110.8",
            "2.0.0-rc.2.23479.6",
            "2.0.0",
            "2147483647.0.0");
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1.0.0")]
    [InlineData("1.0.0.0.0")]
    [InlineData("1..0")]
    [InlineData(".1")]
    [InlineData("1.0.0-")]
    [InlineData("1.0.0-beta..1")]
    [InlineData("1.0.0-beta_1")]
    [InlineData("1.0.0+")]
    [InlineData("1.0.0+a..b")]
    [InlineData("2147483648.0.0")]
    [InlineData("-1.0.0")]
    [InlineData("a.b")]
    [InlineData("1.0 ")]
    [InlineData("[1.0,2.0)")]
    public void Text_that_is_not_a_nuget_version_does_not_parse(string text) => VersionTable.AssertInvalid(Scheme, text);
}
