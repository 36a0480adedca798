using Bulwark.Scanners.Detection.Sigma.Conditions;
using static Bulwark.Scanners.Detection.Tests.Sigma.SigmaTestKit;

namespace Bulwark.Scanners.Detection.Tests.Sigma;

/// <summary>The condition language: and, or, not, parentheses, 1 of / all of, them, and its precedence.</summary>
public sealed class ConditionTests
{
    private static readonly string[] Names = ["a", "b", "c", "selection_img", "selection_cli", "filter_main", "_private"];

    private static string Parsed(string condition)
    {
        var (tree, error) = ConditionParser.Parse(condition, Names);
        Assert.True(tree is not null, error);
        return tree!.ToString();
    }

    [Theory]
    [InlineData("a or b and c", "(a or (b and c))")]
    [InlineData("a and b or c", "((a and b) or c)")]
    [InlineData("not a and b", "(not a and b)")]
    [InlineData("not a or not b and c", "(not a or (not b and c))")]
    [InlineData("(a or b) and c", "((a or b) and c)")]
    [InlineData("not (a or b)", "not (a or b)")]
    [InlineData("not not a", "not not a")]
    [InlineData("a AND b OR NOT c", "((a and b) or not c)")]
    [InlineData("1 of selection_* and not filter_main", "(1 of selection_* and not filter_main)")]
    public void Or_binds_least_then_and_then_not(string condition, string expected)
    {
        Assert.Equal(expected, Parsed(condition));
    }

    [Fact]
    public void Of_patterns_resolve_to_the_matching_identifiers()
    {
        var (tree, _) = ConditionParser.Parse("all of selection_*", Names);

        var of = Assert.IsType<ConditionOf>(tree);
        Assert.True(of.All);
        Assert.Equal(["selection_img", "selection_cli"], of.Names);
    }

    [Fact]
    public void Them_means_every_identifier_not_starting_with_an_underscore()
    {
        var (tree, _) = ConditionParser.Parse("1 of them", Names);

        Assert.DoesNotContain("_private", Assert.IsType<ConditionOf>(tree).Names);
    }

    [Theory]
    [InlineData("a and", "expected a search identifier")]
    [InlineData("(a or b", "expected ')' to close the '(' at column 1")]
    [InlineData("a b", "unexpected 'b' at column 3")]
    [InlineData("a and missing", "the condition refers to 'missing', which is not a search identifier")]
    [InlineData("2 of selection_*", "'2 of' is not defined")]
    [InlineData("1 of nothing_*", "'nothing_*' in '1 of nothing_*' matches no search identifier")]
    [InlineData("selection_*", "'selection_*' is a pattern: write '1 of selection_*'")]
    [InlineData("a | count() > 5", "aggregation")]
    [InlineData("", "the condition is empty")]
    public void A_bad_condition_gives_a_reason(string condition, string reason)
    {
        var (tree, error) = ConditionParser.Parse(condition, Names);

        Assert.Null(tree);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Precedence_decides_what_matches()
    {
        var rule = Compile("""
            a:
                f: 'a'
            b:
                g: 'b'
            c:
                h: 'c'
            condition: a or b and c
            """);

        Assert.True(rule.Matches(Event(("f", "a"))));
        Assert.False(rule.Matches(Event(("g", "b"))));
        Assert.True(rule.Matches(Event(("g", "b"), ("h", "c"))));
    }

    [Fact]
    public void Not_excludes_what_a_filter_matches()
    {
        var rule = Compile("""
            selection:
                TargetFilename|startswith: '/etc/sudoers.d/'
            filter_main_dpkg:
                TargetFilename: '/etc/sudoers.d/README.dpkg-new'
            condition: selection and not 1 of filter_main_*
            """);

        Assert.True(rule.Matches(Event(("TargetFilename", "/etc/sudoers.d/backdoor"))));
        Assert.False(rule.Matches(Event(("TargetFilename", "/etc/sudoers.d/README.dpkg-new"))));
    }

    [Fact]
    public void One_of_needs_any_and_all_of_needs_every_matching_search()
    {
        var detection = """
            selection_img:
                Image|endswith: '/ls'
            selection_cli:
                CommandLine|contains: ' -i'
            condition: {0}
            """;
        var any = Compile(string.Format(System.Globalization.CultureInfo.InvariantCulture, detection, "1 of selection_*"));
        var every = Compile(string.Format(System.Globalization.CultureInfo.InvariantCulture, detection, "all of selection_*"));
        var onlyImage = Event(("Image", "/bin/ls"), ("CommandLine", "ls -la"));
        var both = Event(("Image", "/bin/ls"), ("CommandLine", "ls -i /"));

        Assert.True(any.Matches(onlyImage));
        Assert.False(every.Matches(onlyImage));
        Assert.True(every.Matches(both));
    }

    [Fact]
    public void All_of_them_needs_every_search_and_one_of_them_any()
    {
        var detection = """
            first:
                a: '1'
            second:
                b: '2'
            condition: {0}
            """;
        var any = Compile(string.Format(System.Globalization.CultureInfo.InvariantCulture, detection, "1 of them"));
        var every = Compile(string.Format(System.Globalization.CultureInfo.InvariantCulture, detection, "all of them"));

        Assert.True(any.Matches(Event(("b", "2"))));
        Assert.False(every.Matches(Event(("b", "2"))));
        Assert.True(every.Matches(Event(("a", "1"), ("b", "2"))));
    }

    [Fact]
    public void A_list_of_conditions_matches_when_any_condition_does()
    {
        var rule = Compile("""
            first:
                a: '1'
            second:
                b: '2'
            condition:
                - first
                - second
            """);

        Assert.True(rule.Matches(Event(("a", "1"))));
        Assert.True(rule.Matches(Event(("b", "2"))));
        Assert.False(rule.Matches(Event(("c", "3"))));
    }
}
