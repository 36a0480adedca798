using Bulwark.Scanners.Packages.Versions;

namespace Bulwark.Scanners.Packages.Tests.Versions;

public sealed class DpkgSchemeTests
{
    private static readonly IVersionScheme Scheme = new DpkgScheme();

    [Fact]
    public void Tilde_sorts_before_the_end_and_letters_before_other_characters()
    {
        VersionTable.AssertAscending(
            Scheme,
            "0.9",
            "1.0~~",
            "1.0~~a",
            "1.0~",
            "1.0~beta1",
            "1.0~rc1",
            "1.0 == 1.0-0 == 0:1.0 == 01.0 == 1.00 == 1.0-00",
            "1.0-0.1",
            "1.0-1 == 0:1.0-1 == 1.0-01",
            "1.0-1ubuntu0.1",
            "1.0-1ubuntu1",
            "1.0-1+b1",
            "1.0-2~bpo11+1",
            "1.0-2",
            "1.0-10",
            "1.0a0 == 1.0a",
            "1.0+dfsg",
            "1.0+dfsg-1",
            "1.0.1",
            "1.1",
            "1.10",
            "9.9",
            "10",
            "1:0.1 == 01:0.1",
            "1:1.0",
            "2:0");
    }

    // Debian Policy §5.6.12: "~~" < "~~a" < "~" < "" < "a".
    [Fact]
    public void The_policy_tilde_example_holds()
    {
        VersionTable.AssertAscending(Scheme, "1~~", "1~~a", "1~", "1", "1a");
    }

    [Fact]
    public void A_hyphen_in_the_upstream_version_belongs_to_it_when_a_revision_follows()
    {
        // The revision is what follows the last hyphen: 1.0-rc-1 is upstream "1.0-rc", revision "1".
        VersionTable.AssertAscending(Scheme, "1.0-rc-1", "1.0-rc-2", "1.0-rd-1");
    }

    [Fact]
    public void Letters_dpkg_only_warns_about_still_parse()
    {
        Assert.NotNull(Scheme.Parse("abc"));
        Assert.NotNull(Scheme.Parse("1.0_1"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("1.0 1")]
    [InlineData(":1.0")]
    [InlineData("a:1.0")]
    [InlineData("-1:1.0")]
    [InlineData("1:")]
    [InlineData("1.0-")]
    [InlineData("-1")]
    [InlineData("1:-1")]
    [InlineData("99999999999:1.0")]
    public void Text_dpkg_rejects_does_not_parse(string text) => VersionTable.AssertInvalid(Scheme, text);
}
