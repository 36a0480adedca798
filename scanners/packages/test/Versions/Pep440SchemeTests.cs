using Bulwark.Scanners.Packages.Versions;

namespace Bulwark.Scanners.Packages.Tests.Versions;

public sealed class Pep440SchemeTests
{
    private static readonly IVersionScheme Scheme = new Pep440Scheme();

    // The ordering example of PEP 440 ("Summary of permitted suffixes and relative ordering"), with the
    // normalisation spellings of each form beside it and versions around it.
    [Fact]
    public void Versions_follow_the_pep440_ordering_example_and_its_spellings()
    {
        VersionTable.AssertAscending(
            Scheme,
            "0.9",
            "1.dev0 == 1.0.dev0 == 1.0-dev0 == 1.0dev == 1.0_dev_0 == 1.0.DEV",
            "1.0.dev456",
            "1.0a1 == 1.0alpha1 == 1.0.a1 == 1.0-a1 == 1.0_a.1 == 1.0A1 == v1.0a1 == 1.0a01",
            "1.0a2.dev456",
            "1.0a12.dev456",
            "1.0a12",
            "1.0b1.dev456",
            "1.0b2 == 1.0beta2 == 1.0-beta-2",
            "1.0b2.post345.dev456",
            "1.0b2.post345 == 1.0b2-345 == 1.0b2.rev345",
            "1.0rc1.dev456",
            "1.0rc1 == 1.0c1 == 1.0pre1 == 1.0preview1 == 1.0-rc.1 == 1.0RC1",
            "1.0 == 1 == 1.0.0 == 1.0.0.0 == v1.0 == V1.0 == 0!1.0",
            "1.0+abc",
            "1.0+abc.5 == 1.0+ABC-5 == 1.0+abc_5",
            "1.0+abc.7",
            "1.0+abd",
            "1.0+5 == 1.0+005",
            "1.0+5.abc",
            "1.0.post0 == 1.0.post == 1.0-r == 1.0post",
            "1.0.post456.dev34",
            "1.0.post456 == 1.0-456 == 1.0.rev456 == 1.0post456 == 1.0.post.456 == 1.0.r456",
            "1.0.15",
            "1.1.dev1",
            "1.1a1",
            "1.1",
            "1.1.post1",
            "1.2",
            "1.10",
            "2.0.0.0.1",
            "1!0.1",
            "1!1.0",
            "2!0.0.1");
    }

    [Fact]
    public void Surrounding_whitespace_is_allowed()
    {
        Assert.Equal(0, Scheme.Parse("  1.0.post1\t")!.CompareTo(Scheme.Parse("1.0.post1")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("v")]
    [InlineData("1.0.")]
    [InlineData("1.0..1")]
    [InlineData("1.0+")]
    [InlineData("1.0+abc..5")]
    [InlineData("1.0+abc!")]
    [InlineData("1.0-")]
    [InlineData("1.0_")]
    [InlineData("1.0a1b2")]
    [InlineData("1.0.post1.post2")]
    [InlineData("1.0.dev1.dev2")]
    [InlineData("1.0.dev1a1")]
    [InlineData("1.0-1-1")]
    [InlineData("1.0-abc")]
    [InlineData("1!")]
    [InlineData("!1.0")]
    [InlineData("1.0 beta")]
    [InlineData("1.0+ubuntu 1")]
    [InlineData("french toast")]
    [InlineData("1.0.0.99999999999999999999")]
    public void Text_that_is_not_pep440_does_not_parse(string text) => VersionTable.AssertInvalid(Scheme, text);
}
