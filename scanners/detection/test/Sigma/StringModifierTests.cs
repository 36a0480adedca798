using static Bulwark.Scanners.Detection.Tests.Sigma.SigmaTestKit;

namespace Bulwark.Scanners.Detection.Tests.Sigma;

/// <summary>contains, startswith, endswith, all, cased and windash, with cases from the modifiers appendix.</summary>
public sealed class StringModifierTests
{
    [Fact]
    public void Contains_matches_the_value_anywhere_in_the_field()
    {
        var rule = Compile("""
            selection:
                CommandLine|contains: 'base64 -d'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("CommandLine", "echo x | BASE64 -D | sh"))));
        Assert.True(rule.Matches(Event(("CommandLine", "base64 -d"))));
        Assert.False(rule.Matches(Event(("CommandLine", "base64 --decode"))));
    }

    [Fact]
    public void Startswith_matches_only_at_the_beginning()
    {
        var rule = Compile("""
            selection:
                exe|startswith: '/tmp/'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("exe", "/tmp/x"))));
        Assert.False(rule.Matches(Event(("exe", "/var/tmp/x"))));
    }

    [Fact]
    public void Endswith_matches_only_at_the_end()
    {
        var rule = Compile("""
            selection:
                Image|endswith: '/curl'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("Image", "/usr/bin/curl"))));
        Assert.False(rule.Matches(Event(("Image", "/usr/bin/curl-config"))));
    }

    [Fact]
    public void Wildcards_inside_a_value_still_work_under_a_position_modifier()
    {
        var rule = Compile("""
            selection:
                exe|startswith: '/home/*/public_html/'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("exe", "/home/bob/public_html/shell.php"))));
        Assert.False(rule.Matches(Event(("exe", "/home/bob/private/shell.php"))));
    }

    [Fact]
    public void A_list_of_values_matches_when_any_value_does()
    {
        var rule = Compile("""
            selection:
                Image|endswith:
                    - '/nc'
                    - '/ncat'
                    - '/netcat'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("Image", "/usr/bin/ncat"))));
        Assert.False(rule.Matches(Event(("Image", "/usr/bin/socat"))));
    }

    [Fact]
    public void Many_endswith_and_startswith_alternatives_each_still_match_ignoring_case()
    {
        var rule = Compile("""
            selection_end:
                Image|endswith:
                    - '/msfconsole'
                    - '/msfvenom'
                    - '/nuclei'
                    - '/Villain.py'
                    - 'x'
            selection_start:
                Image|startswith:
                    - '/tmp/'
                    - '/dev/shm/'
                    - '/var/tmp/'
            condition: 1 of selection_*
            """);

        Assert.True(rule.Matches(Event(("Image", "/opt/msf/MSFVENOM"))));
        Assert.True(rule.Matches(Event(("Image", "/home/a/villain.PY"))));
        Assert.True(rule.Matches(Event(("Image", "/usr/bin/x"))));
        Assert.True(rule.Matches(Event(("Image", "/DEV/SHM/a"))));
        Assert.True(rule.Matches(Event(("Image", "/var/tmp/a"))));
        Assert.False(rule.Matches(Event(("Image", "/opt/msf/msfvenom.bak"))));
        Assert.False(rule.Matches(Event(("Image", "/usr/tmp/a"))));
        Assert.False(rule.Matches(Event(("Image", ""))));
    }

    [Fact]
    public void All_requires_every_value_of_the_list_in_any_order()
    {
        var rule = Compile("""
            selection:
                CommandLine|contains|all:
                    - ' -s '
                    - 'truncate'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("CommandLine", "truncate -s 10M file"))));
        Assert.True(rule.Matches(Event(("CommandLine", "x -s y; truncate"))));
        Assert.False(rule.Matches(Event(("CommandLine", "truncate --size 10M file"))));
    }

    [Fact]
    public void Cased_compares_with_case()
    {
        var rule = Compile("""
            selection:
                CommandLine|contains|cased: ' -O '
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("CommandLine", "wget -O /tmp/x"))));
        Assert.False(rule.Matches(Event(("CommandLine", "wget -o /tmp/x"))));
    }

    [Theory]
    [InlineData("cmd -exec x")]
    [InlineData("cmd /exec x")]
    [InlineData("cmd \u2013exec x")]
    [InlineData("cmd \u2014exec x")]
    [InlineData("cmd \u2015exec x")]
    public void Windash_accepts_each_of_the_five_dashes_where_the_rule_has_one(string commandLine)
    {
        var rule = Compile("""
            selection:
                CommandLine|windash|contains: ' -exec '
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("CommandLine", commandLine))));
    }

    [Fact]
    public void Windash_leaves_other_characters_as_they_are()
    {
        var rule = Compile("""
            selection:
                CommandLine|windash|contains: ' -exec '
            condition: selection
            """);

        Assert.False(rule.Matches(Event(("CommandLine", "cmd +exec x"))));
        Assert.False(rule.Matches(Event(("CommandLine", "cmd exec x"))));
    }

    [Fact]
    public void Windash_treats_a_slash_in_the_rule_as_a_dash_too()
    {
        var rule = Compile("""
            selection:
                CommandLine|windash: 'net user /add'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("CommandLine", "net user -add"))));
        Assert.True(rule.Matches(Event(("CommandLine", "NET USER /ADD"))));
    }
}
