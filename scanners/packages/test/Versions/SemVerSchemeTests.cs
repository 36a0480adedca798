using Bulwark.Scanners.Packages.Versions;

namespace Bulwark.Scanners.Packages.Tests.Versions;

public sealed class SemVerSchemeTests
{
    private static readonly IVersionScheme Scheme = new SemVerScheme();

    [Fact]
    public void Versions_follow_semver_precedence_with_the_spec_example_chain()
    {
        VersionTable.AssertAscending(
            Scheme,
            "0.0.0-0",
            "0.0.0",
            "0.0.1",
            "0.1.0-alpha",
            "0.1.0",
            "0.9.99",
            "0.10.0",
            "1.0.0-0.3.7",
            "1.0.0-1",
            "1.0.0-2",
            "1.0.0-10",
            "1.0.0-Alpha",
            "1.0.0-alpha == v1.0.0-alpha == 1.0.0-alpha+001",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-alpha-1",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0-x-y-z.--",
            "1.0.0 == v1.0.0 == V1.0.0 == 1.0.0+20130313144700 == 1.0.0+exp.sha.5114f85 == 1.0.0+21AF26D3----117B344092BD",
            "1.0.1",
            "1.1.0-alpha",
            "1.1.0",
            "1.9.0",
            "1.10.0",
            "1.11.0",
            "2.0.0-rc.1",
            "2.0.0",
            "10.0.0",
            "18446744073709551615.0.0");
    }

    [Fact]
    public void Build_metadata_never_changes_the_order()
    {
        Assert.Equal(0, Scheme.Parse("1.0.0-beta+exp.sha.5114f85")!.CompareTo(Scheme.Parse("1.0.0-beta+001")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.2")]
    [InlineData("1.2.3.4")]
    [InlineData("01.2.3")]
    [InlineData("1.02.3")]
    [InlineData("1.2.03")]
    [InlineData("1.2.3-")]
    [InlineData("1.2.3-01")]
    [InlineData("1.2.3-alpha..1")]
    [InlineData("1.2.3-alpha_1")]
    [InlineData("1.2.3-béta")]
    [InlineData("1.2.3+")]
    [InlineData("1.2.3+a..b")]
    [InlineData("1.2.3-+")]
    [InlineData("a.b.c")]
    [InlineData(" 1.2.3")]
    [InlineData("1.2.3 ")]
    [InlineData("vv1.2.3")]
    [InlineData("-1.2.3")]
    [InlineData("1.2.3.")]
    [InlineData("18446744073709551616.0.0")]
    public void Text_that_is_not_semver_does_not_parse(string text) => VersionTable.AssertInvalid(Scheme, text);
}
