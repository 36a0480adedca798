using Bulwark.Engine.Suppressions;
using Bulwark.Sdk;

namespace Bulwark.Tests.Engine;

public sealed class InlineMarkersTests
{
    private static SuppressedFinding? Find(string text, int line, string rule = "secrets/jwt", int? endLine = null) =>
        InlineMarkers.Find(TestFinding.At("src/app.cs", line, rule, endLine: endLine), new LineMap(text.AsMemory()));

    [Fact]
    public void A_marker_on_the_finding_line_suppresses_it_with_its_reason_and_location()
    {
        var suppressed = Find("a\ntoken = x // bulwark:ignore test fixture\nb\n", 2);

        Assert.NotNull(suppressed);
        Assert.Equal("inline", suppressed.Kind);
        Assert.Equal("test fixture", suppressed.Reason);
        Assert.Equal("src/app.cs:2", suppressed.Source);
    }

    [Fact]
    public void A_marker_on_the_line_before_suppresses_the_finding()
    {
        var suppressed = Find("# bulwark:ignore rotated already\ntoken = x\n", 2);

        Assert.NotNull(suppressed);
        Assert.Equal("rotated already", suppressed.Reason);
        Assert.Equal("src/app.cs:1", suppressed.Source);
    }

    [Theory]
    [InlineData("// bulwark:ignore one\ntoken = x\n")]
    [InlineData("    <!-- bulwark:ignore docs sample -->\ntoken = x\n")]
    [InlineData("REM bulwark:ignore batch file\ntoken = x\n")]
    public void A_marker_on_a_comment_line_of_its_own_covers_the_next_line(string text)
    {
        Assert.NotNull(Find(text, 2));
    }

    [Fact]
    public void A_marker_trailing_code_on_the_line_before_covers_only_its_own_line()
    {
        Assert.Null(Find("key = y # bulwark:ignore this line only\ntoken = x\n", 2));
    }

    [Theory]
    [InlineData("# bulwark:ignore too far\n\ntoken = x\n", 3)]
    [InlineData("token = x\n# bulwark:ignore after the line\n", 1)]
    public void A_marker_two_lines_before_or_on_the_line_after_does_not_cover_the_finding(string text, int line)
    {
        Assert.Null(Find(text, line));
    }

    [Theory]
    [InlineData("x = 1 // bulwark:ignore=secrets/jwt sample token", "secrets/jwt")]
    [InlineData("x = 1 // bulwark:ignore=secrets/github-token,secrets/jwt sample token", "secrets/jwt")]
    [InlineData("x = 1 // bulwark:ignore=secrets/github-token,secrets/jwt sample token", "secrets/github-token")]
    public void A_marker_naming_rules_covers_each_rule_in_its_comma_separated_list(string line, string rule)
    {
        var suppressed = Find(line, 1, rule);

        Assert.NotNull(suppressed);
        Assert.Equal("sample token", suppressed.Reason);
    }

    [Fact]
    public void A_marker_naming_another_rule_does_not_cover_the_finding()
    {
        Assert.Null(Find("x = 1 // bulwark:ignore=secrets/github-token,secrets/slack-token sample", 1, "secrets/jwt"));
        Assert.Null(Find("x = 1 // bulwark:ignore=secrets/jwt-extra sample", 1, "secrets/jwt"));
    }

    [Theory]
    [InlineData("x = 1 // bulwark:ignored because")]
    [InlineData("x = 1 // bulwark:ignoreme")]
    [InlineData("x = 1 // BULWARK:IGNORE shouting")]
    public void Only_the_exact_marker_counts(string line)
    {
        Assert.Null(Find(line, 1));
    }

    [Fact]
    public void A_marker_without_a_reason_still_suppresses_and_says_so()
    {
        var suppressed = Find("x = 1 // bulwark:ignore", 1);

        Assert.NotNull(suppressed);
        Assert.Equal("(no reason given)", suppressed.Reason);
    }

    [Fact]
    public void Gitleaks_allow_on_the_finding_line_suppresses_it()
    {
        var suppressed = Find("a\nkey = x # gitleaks:allow\n", 2);

        Assert.NotNull(suppressed);
        Assert.Equal("gitleaks:allow", suppressed.Reason);
        Assert.Equal("src/app.cs:2", suppressed.Source);
    }

    [Fact]
    public void Gitleaks_allow_on_the_line_before_does_not_suppress()
    {
        Assert.Null(Find("# gitleaks:allow\nkey = x\n", 2));
    }

    [Fact]
    public void Gitleaks_allow_covers_any_line_of_a_multi_line_finding_and_only_those()
    {
        const string Text = "-----BEGIN\nbody\n-----END # gitleaks:allow\nnext # gitleaks:allow\n";

        Assert.Equal("src/app.cs:3", Find(Text, 1, endLine: 3)?.Source);
        Assert.Null(Find(Text, 1, endLine: 2));
    }

    [Theory]
    [InlineData("key = x /* bulwark:ignore fixture key */", "fixture key")]
    [InlineData("<!-- bulwark:ignore docs sample -->", "docs sample")]
    [InlineData("key = x # bulwark:ignore  spaced out  #", "spaced out")]
    [InlineData("key = x /* bulwark:ignore=secrets/jwt */", "(no reason given)")]
    public void The_reason_is_taken_without_trailing_comment_closers(string line, string reason)
    {
        Assert.Equal(reason, Find(line, 1)?.Reason);
    }

    [Fact]
    public void A_whole_file_finding_is_never_covered_by_a_marker()
    {
        Assert.Null(Find("# bulwark:ignore everything\n", 0));
    }

    [Fact]
    public void Windows_line_endings_do_not_leak_into_the_reason()
    {
        Assert.Equal("crlf file", Find("x = 1 // bulwark:ignore crlf file\r\ny = 2\r\n", 1)?.Reason);
    }
}
