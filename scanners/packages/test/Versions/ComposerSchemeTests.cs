using Bulwark.Scanners.Packages.Versions;

namespace Bulwark.Scanners.Packages.Tests.Versions;

public sealed class ComposerSchemeTests
{
    private static readonly IVersionScheme Scheme = new ComposerScheme();

    [Fact]
    public void Stability_flags_order_dev_alpha_beta_rc_stable_patch_after_normalisation()
    {
        VersionTable.AssertAscending(
            Scheme,
            "0.1",
            "0.9.9",
            "1.0.0-dev == 1.0-dev == 1.0.0.0-dev == v1.0.0-dev",
            "1.0.0-alpha == 1.0.0-a == 1.0.0alpha == 1.0.0-ALPHA",
            "1.0.0-alpha1 == 1.0.0-a1 == 1.0.0-alpha.1",
            "1.0.0-alpha2",
            "1.0.0-beta == 1.0.0-b",
            "1.0.0-beta2-dev",
            "1.0.0-beta2 == 1.0.0-beta.2 == 1.0.0-b2 == 1.0.0-BETA2 == 1.0.0beta2 == 1.0.0-beta-2",
            "1.0.0-beta10",
            "1.0.0-RC1 == 1.0.0-rc1 == 1.0.0-RC.1 == 1.0.0RC1",
            "1.0.0-RC2",
            "1 == 1.0 == 1.0.0 == 1.0.0.0 == v1.0.0 == 1.0.0-stable == 1.0.0+build.7 == 1.0.0-stable-dev",
            "1.0.0-patch1 == 1.0.0-p1 == 1.0.0-pl1 == 1.0.0.0-patch1",
            "1.0.0-patch2",
            "1.0.0.1",
            "1.0.1-dev",
            "1.0.1",
            "1.0.x-dev == 1.0.*-dev",
            "1.1.0-dev",
            "1.1.0",
            "1.10.0",
            "1.x-dev",
            "2.0.0-alpha",
            "2.0.0",
            "2.0.0.5",
            "2023.01.01 == 2023.1.1 == 2023.1.1.0",
            "99999.0.0",
            "20230101",
            "20230101.1");
    }

    [Theory]
    [InlineData("")]
    [InlineData("dev-master")]
    [InlineData("dev-feature/foo")]
    [InlineData("master")]
    [InlineData("latest")]
    [InlineData("v")]
    [InlineData("*")]
    [InlineData("^1.0")]
    [InlineData("1.0.0-foo")]
    [InlineData("1.0.0-gamma")]
    [InlineData("1.0.0-beta-foo")]
    [InlineData("1.0.0 beta")]
    [InlineData("1.0.0.0.0")]
    [InlineData("1.0.0+")]
    public void Text_that_composer_does_not_read_as_a_version_does_not_parse(string text) => VersionTable.AssertInvalid(Scheme, text);
}
