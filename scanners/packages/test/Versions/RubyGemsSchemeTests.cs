using Bulwark.Scanners.Packages.Versions;

namespace Bulwark.Scanners.Packages.Tests.Versions;

public sealed class RubyGemsSchemeTests
{
    private static readonly IVersionScheme Scheme = new RubyGemsScheme();

    [Fact]
    public void Letters_make_prereleases_that_sort_before_the_release()
    {
        VersionTable.AssertAscending(
            Scheme,
            "0.0.beta == 0.beta",
            "0.0.beta.1 == 0.beta.1",
            "0 == 0.0 == 0.0.0",
            "0.0.1 == 0.0.1.0",
            "0.9",
            "0.10",
            "1.0.0.a == 1.0.a == 1.a",
            "1.0.0.a9",
            "1.0.0.a10",
            "1.0.0.b1",
            "1.0.0-rc1",
            "1.0.0.rc1 == 1.0.rc1",
            "1.0.0.rc2",
            "1.0.0.rc10",
            "1.0.0.rc10.1",
            "1 == 1.0 == 1.0.0 == 01.0 ==  1.0 ",
            "1.0.1",
            "1.1.A",
            "1.1.a",
            "1.1",
            "1.8.2.a9",
            "1.8.2.a10",
            "1.8.2.b",
            "1.8.2",
            "1.10",
            "5.a",
            "5.0.0.rc2",
            "5.x",
            "5.0.0",
            "5.0.0.1",
            "10.0.0",
            "2018.1");
    }

    [Fact]
    public void A_hyphen_reads_as_pre_so_it_sorts_as_a_prerelease()
    {
        var hyphenated = (GemVersion)Scheme.Parse("1.0.0-1")!;
        Assert.True(hyphenated.IsPrerelease);
        Assert.True(hyphenated.CompareTo(Scheme.Parse("1.0.0")) < 0);
        Assert.False(((GemVersion)Scheme.Parse("1.0.0")!).IsPrerelease);
    }

    [Theory]
    [InlineData("")]
    [InlineData("junk")]
    [InlineData("a1.0")]
    [InlineData("1.0 beta")]
    [InlineData("1..0")]
    [InlineData("1.0.")]
    [InlineData("-1")]
    [InlineData("1.0-")]
    [InlineData("1.0-beta.")]
    [InlineData("1.0-be ta")]
    [InlineData("1.0_1")]
    [InlineData("1.0+build")]
    public void Text_that_is_not_a_gem_version_does_not_parse(string text) => VersionTable.AssertInvalid(Scheme, text);
}
