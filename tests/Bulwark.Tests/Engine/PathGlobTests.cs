using Bulwark.Rules;
using Bulwark.Engine.Paths;

namespace Bulwark.Tests.Engine;

public sealed class PathGlobTests
{
    [Theory]
    [InlineData("*.log", "app.log", true)]
    [InlineData("*.log", "logs/2024/app.log", true)]
    [InlineData("*.log", "app.log.txt", false)]
    [InlineData("*.log", "applog", false)]
    [InlineData("src/*.cs", "src/a.cs", true)]
    [InlineData("src/*.cs", "src/sub/a.cs", false)]
    [InlineData("file?.txt", "file1.txt", true)]
    [InlineData("file?.txt", "file10.txt", false)]
    [InlineData("a?b", "a/b", false)]
    public void A_star_or_question_mark_stays_inside_one_path_segment(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, PathGlob.Parse(pattern).IsMatch(path));
    }

    [Theory]
    [InlineData("docs/**/fixtures/", "docs/fixtures/", true)]
    [InlineData("docs/**/fixtures/", "docs/a/b/fixtures/", true)]
    [InlineData("docs/**/fixtures/", "docs/a/fixtures/key.pem", true)]
    [InlineData("docs/**/fixtures/", "src/docs/fixtures/key.pem", false)]
    [InlineData("**/*.min.js", "app.min.js", true)]
    [InlineData("**/*.min.js", "wwwroot/lib/x/app.min.js", true)]
    [InlineData("**/*.min.js", "app.js", false)]
    [InlineData("build/**", "build/a/b/c.txt", true)]
    [InlineData("build/**", "src/build/c.txt", false)]
    public void A_double_star_spans_any_number_of_segments(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, PathGlob.Parse(pattern).IsMatch(path));
    }

    [Theory]
    [InlineData("secrets.txt", true)]
    [InlineData("a/b/secrets.txt", true)]
    [InlineData("mysecrets.txt", false)]
    [InlineData("a/mysecrets.txt", false)]
    public void A_pattern_without_a_slash_matches_a_name_at_any_depth(string path, bool expected)
    {
        Assert.Equal(expected, PathGlob.Parse("secrets.txt").IsMatch(path));
    }

    [Theory]
    [InlineData("/secrets.txt", "secrets.txt", true)]
    [InlineData("/secrets.txt", "a/secrets.txt", false)]
    [InlineData("config/app.env", "config/app.env", true)]
    [InlineData("config/app.env", "service/config/app.env", false)]
    public void A_leading_or_inner_slash_anchors_the_pattern_to_the_root(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, PathGlob.Parse(pattern).IsMatch(path));
    }

    [Theory]
    [InlineData("vendor/", true)]
    [InlineData("vendor/lib/x.js", true)]
    [InlineData("third_party/vendor/y.js", true)]
    [InlineData("vendor", false)]
    [InlineData("vendored/x.js", false)]
    public void A_trailing_slash_matches_directories_and_everything_below_them_but_not_a_file(string path, bool expected)
    {
        Assert.Equal(expected, PathGlob.Parse("vendor/").IsMatch(path));
    }

    [Theory]
    [InlineData("./build/out.txt", "build/out.txt", true)]
    [InlineData("./build/out.txt", "src/build/out.txt", false)]
    [InlineData("./secrets.txt", "secrets.txt", true)]
    [InlineData("./secrets.txt", "a/secrets.txt", false)]
    public void A_dot_slash_prefix_means_the_scan_root(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, PathGlob.Parse(pattern).IsMatch(path));
    }

    [Theory]
    [InlineData("node_modules/", true)]
    [InlineData("web/node_modules/left-pad/index.js", true)]
    [InlineData("node_modules", true)]
    [InlineData("node_modules.txt", false)]
    public void A_file_pattern_also_excludes_a_directory_of_that_name(string path, bool expected)
    {
        Assert.Equal(expected, PathGlob.Parse("node_modules").IsMatch(path));
    }

    [Theory]
    [InlineData("a+b.txt", "a+b.txt", true)]
    [InlineData("a+b.txt", "aab.txt", false)]
    [InlineData("(x).cs", "(x).cs", true)]
    [InlineData("*.cs", "acs", false)]
    public void Regex_characters_in_a_pattern_are_literal(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, PathGlob.Parse(pattern).IsMatch(path));
    }

    [Fact]
    public void Backslashes_and_surrounding_spaces_in_a_pattern_are_normalised()
    {
        var glob = PathGlob.Parse("  vendor\\lib\\  ");

        Assert.True(glob.IsMatch("vendor/lib/x.js"));
        Assert.False(glob.IsMatch("vendor/other/x.js"));
        Assert.Equal("  vendor\\lib\\  ", glob.Pattern);
    }

    [Fact]
    public void A_path_filter_counts_each_excluded_path_once_and_ignores_blank_patterns()
    {
        var filter = new PathFilter(["", "  ", "*.log", "vendor/"]);

        Assert.True(filter.IsExcluded("vendor/"));
        Assert.True(filter.IsExcluded("a.log"));
        Assert.False(filter.IsExcluded("src/a.cs"));
        Assert.Equal(2, filter.ExcludedCount);
    }
}
