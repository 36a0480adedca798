using System.Text.RegularExpressions;
using Bulwark.Scanners.Secrets.Gitleaks;

namespace Bulwark.Scanners.Secrets.Tests;

public sealed class GoRegexTests
{
    private static Regex Translate(string go)
    {
        var dotnet = GoRegex.ToDotNet(go, out var error);
        Assert.Null(error);
        Assert.NotNull(dotnet);
        return new Regex(dotnet, RegexOptions.CultureInvariant);
    }

    [Fact]
    public void A_go_named_group_becomes_a_dotnet_named_group()
    {
        var regex = Translate(@"key=(?P<secret>[a-z]{4})");

        Assert.Equal("abcd", regex.Match("key=abcd").Groups["secret"].Value);
    }

    [Theory]
    [InlineData(@"^[[:alnum:]]+$", "aZ9", true)]
    [InlineData(@"^[[:alnum:]]+$", "a-9", false)]
    [InlineData(@"^[[:xdigit:]]{4}$", "09aF", true)]
    [InlineData(@"^[[:xdigit:]]{4}$", "09aG", false)]
    [InlineData(@"^[^[:space:]]+$", "no_spaces", true)]
    [InlineData(@"^[^[:space:]]+$", "one space", false)]
    [InlineData(@"^[_[:upper:]]+$", "A_B", true)]
    public void Posix_classes_inside_brackets_are_translated(string go, string input, bool matches)
    {
        Assert.Equal(matches, Translate(go).IsMatch(input));
    }

    [Fact]
    public void A_negated_posix_class_is_refused_with_a_reason()
    {
        Assert.Null(GoRegex.ToDotNet(@"[[:^alpha:]]+", out var error));
        Assert.Contains("[:^alpha:]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_posix_class_is_refused_with_a_reason()
    {
        Assert.Null(GoRegex.ToDotNet(@"[[:letters:]]+", out var error));
        Assert.Contains("[:letters:]", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"\x{41}", "A")]
    [InlineData(@"\x{e9}", "é")]
    [InlineData(@"\x{2603}", "☃")]
    public void A_braced_hex_escape_becomes_a_dotnet_escape(string go, string input)
    {
        Assert.Matches(Translate("^" + go + "$"), input);
    }

    [Fact]
    public void Quoted_text_between_q_and_e_is_literal()
    {
        var regex = Translate(@"^a\Q.*+?\Eb$");

        Assert.Matches(regex, "a.*+?b");
        Assert.DoesNotMatch(regex, "axxb");
    }

    [Fact]
    public void Quoted_text_without_an_end_runs_to_the_end_of_the_pattern()
    {
        var regex = Translate(@"^x\Q(y)");

        Assert.Matches(regex, "x(y)");
        Assert.DoesNotMatch(regex, "xy");
    }

    [Fact]
    public void An_escaped_bracket_is_not_taken_for_a_posix_class()
    {
        Assert.Matches(Translate(@"^\[:alpha:]$"), "[:alpha:]");
    }

    [Fact]
    public void The_ungreedy_flag_is_refused_with_a_reason()
    {
        Assert.Null(GoRegex.ToDotNet(@"(?U)a+", out var error));
        Assert.Contains("(?U)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_both_dialects_share_is_unchanged()
    {
        const string Shared = @"(?i)\b(?:api|key)[_-]?([a-z0-9]{16,32})(?:['""\s]|$)";

        Assert.Equal(Shared, GoRegex.ToDotNet(Shared, out _));
    }
}
