using static Bulwark.Scanners.Detection.Tests.Sigma.SigmaTestKit;

namespace Bulwark.Scanners.Detection.Tests.Sigma;

/// <summary>Plain values, <c>*</c> and <c>?</c>, and the backslash escapes of the rules specification ("Escaping").</summary>
public sealed class WildcardAndEscapeTests
{
    [Fact]
    public void A_plain_value_matches_the_whole_value_ignoring_case()
    {
        var rule = Compile("""
            selection:
                Image: '/usr/bin/whoami'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("Image", "/usr/bin/whoami"))));
        Assert.True(rule.Matches(Event(("Image", "/USR/BIN/WhoAmI"))));
        Assert.False(rule.Matches(Event(("Image", "/usr/bin/whoami2"))));
        Assert.False(rule.Matches(Event(("Image", "x/usr/bin/whoami"))));
        Assert.False(rule.Matches(Event(("Other", "/usr/bin/whoami"))));
    }

    [Fact]
    public void A_star_stands_for_any_run_of_characters_including_none()
    {
        var rule = Compile("""
            selection:
                Image: 'antivirus_V*.exe'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("Image", "antivirus_V1.exe"))));
        Assert.True(rule.Matches(Event(("Image", "antivirus_V21.2.1.exe"))));
        Assert.True(rule.Matches(Event(("Image", "antivirus_V.exe"))));
        Assert.False(rule.Matches(Event(("Image", "antivirus_V1.exe.bak"))));
    }

    [Fact]
    public void A_question_mark_stands_for_exactly_one_character()
    {
        var rule = Compile("""
            selection:
                Image: 'prog?.exe'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("Image", "progA.exe"))));
        Assert.True(rule.Matches(Event(("Image", "PROGb.EXE"))));
        Assert.False(rule.Matches(Event(("Image", "prog.exe"))));
        Assert.False(rule.Matches(Event(("Image", "progAB.exe"))));
    }

    [Fact]
    public void Several_stars_in_one_value_need_every_piece_in_order_and_the_ends_anchored()
    {
        var rule = Compile("""
            selection:
                CommandLine: 'a*b?d*e'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("CommandLine", "abcde"))));
        Assert.True(rule.Matches(Event(("CommandLine", "a--bXd--bYd--e"))));
        Assert.False(rule.Matches(Event(("CommandLine", "abde"))));
        Assert.False(rule.Matches(Event(("CommandLine", "abcdeX"))));
        Assert.False(rule.Matches(Event(("CommandLine", "Xabcde"))));
    }

    [Fact]
    public void Pieces_around_a_star_cannot_share_characters()
    {
        var rule = Compile("""
            selection:
                CommandLine: 'ab*ba'
            condition: selection
            """);

        Assert.False(rule.Matches(Event(("CommandLine", "aba"))));
        Assert.True(rule.Matches(Event(("CommandLine", "abba"))));
    }

    [Fact]
    public void An_escaped_star_or_question_mark_is_a_plain_character()
    {
        var rule = Compile("""
            selection:
                CommandLine:
                    - 'echo \*'
                    - 'what\?'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("CommandLine", "echo *"))));
        Assert.True(rule.Matches(Event(("CommandLine", "what?"))));
        Assert.False(rule.Matches(Event(("CommandLine", "echo hello"))));
        Assert.False(rule.Matches(Event(("CommandLine", "whatX"))));
    }

    [Fact]
    public void A_backslash_not_before_a_wildcard_is_plain_whether_written_once_or_twice()
    {
        var rule = Compile("""
            selection:
                Image:
                    - 'C:\Windows\cmd.exe'
                    - 'D:\\Tools\\x.exe'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("Image", @"C:\Windows\cmd.exe"))));
        Assert.True(rule.Matches(Event(("Image", @"D:\Tools\x.exe"))));
        Assert.False(rule.Matches(Event(("Image", @"D:\\Tools\\x.exe"))));
    }

    [Fact]
    public void An_escaped_backslash_before_a_star_keeps_the_star_a_wildcard()
    {
        var rule = Compile("""
            selection:
                Image: 'C:\\*'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("Image", @"C:\Windows"))));
        Assert.False(rule.Matches(Event(("Image", "C:Windows"))));
    }

    [Fact]
    public void Three_backslashes_and_a_star_are_a_backslash_and_a_plain_star()
    {
        var rule = Compile("""
            selection:
                Image: 'C:\\\*'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("Image", @"C:\*"))));
        Assert.False(rule.Matches(Event(("Image", @"C:\Windows"))));
    }

    [Fact]
    public void Four_backslashes_are_two_plain_backslashes()
    {
        var rule = Compile("""
            selection:
                Share: '\\\\server'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("Share", @"\\server"))));
        Assert.False(rule.Matches(Event(("Share", @"\server"))));
    }

    [Fact]
    public void A_lone_star_matches_any_present_value_but_not_an_absent_field()
    {
        var rule = Compile("""
            selection:
                User: '*'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("User", "root"))));
        Assert.True(rule.Matches(Event(("User", ""))));
        Assert.False(rule.Matches(Event(("Other", "root"))));
        Assert.False(rule.Matches(Event(("User", null))));
    }

    [Fact]
    public void A_field_with_several_values_matches_when_any_of_them_does()
    {
        var rule = Compile("""
            selection:
                args|contains: 'passwd'
            condition: selection
            """);
        var several = EventWithRaw("cat /etc/passwd", ("args", "cat")) with
        {
            Fields = new Dictionary<string, Detection.Events.EventValue> { ["args"] = Detection.Events.EventValue.Of(["cat", "/etc/passwd"]) },
        };
        var others = several with { Fields = new Dictionary<string, Detection.Events.EventValue> { ["args"] = Detection.Events.EventValue.Of(["cat", "/etc/hosts"]) } };

        Assert.True(rule.Matches(several));
        Assert.False(rule.Matches(others));
    }
}
