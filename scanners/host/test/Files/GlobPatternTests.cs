using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Tests.Files;

public class GlobPatternTests
{
    [Theory]
    [InlineData("*", "sshd_config", true)]
    [InlineData("*.conf", "a.conf", true)]
    [InlineData("*.conf", "a.conf.bak", false)]
    [InlineData("a*b*c", "aXXbYYc", true)]
    [InlineData("a*b*c", "aXXbYY", false)]
    [InlineData("?", "", false)]
    [InlineData("rc[2-5].d", "rc3.d", true)]
    [InlineData("rc[2-5].d", "rc6.d", false)]
    [InlineData("[!a]x", "bx", true)]
    [InlineData("[^a]x", "ax", false)]
    [InlineData("[]]", "]", true)]
    [InlineData("[abc", "[abc", true)]
    [InlineData("*", ".hidden", false)]
    [InlineData(".*", ".hidden", true)]
    public void Matches_like_the_shell(string pattern, string name, bool expected) =>
        Assert.Equal(expected, GlobPattern.Matches(pattern, name));

    [Fact]
    public void Only_star_question_mark_and_bracket_make_a_pattern()
    {
        Assert.True(GlobPattern.IsPattern("*.conf"));
        Assert.True(GlobPattern.IsPattern("rc[2].d"));
        Assert.False(GlobPattern.IsPattern("sshd_config.d"));
    }
}
