using System.Text;
using static Bulwark.Scanners.Detection.Tests.Sigma.SigmaTestKit;

namespace Bulwark.Scanners.Detection.Tests.Sigma;

/// <summary>base64, base64offset and the UTF-16 encodings (utf16le/wide, utf16be, utf16) that choose the bytes encoded.</summary>
public sealed class EncodingModifierTests
{
    private static string B64(byte[] bytes) => Convert.ToBase64String(bytes);

    private static string B64(string text) => B64(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Base64_matches_the_encoded_value()
    {
        var rule = Compile("""
            selection:
                CommandLine|base64: '/bin/bash'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("CommandLine", "L2Jpbi9iYXNo"))));
        Assert.False(rule.Matches(Event(("CommandLine", "/bin/bash"))));
    }

    [Fact]
    public void Base64_with_contains_finds_the_encoded_value_inside_a_longer_one()
    {
        var rule = Compile("""
            selection:
                CommandLine|base64|contains: '/bin/bash'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("CommandLine", "echo L2Jpbi9iYXNo | base64 -d"))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("xy")]
    [InlineData("xyz")]
    [InlineData("curl http://e.vil | ")]
    public void Base64offset_finds_the_value_whatever_comes_before_it(string before)
    {
        var rule = Compile("""
            selection:
                CommandLine|base64offset|contains: 'stratum+tcp://'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("CommandLine", "echo " + B64(before + "stratum+tcp://pool:3333") + " | base64 -d | sh"))));
    }

    [Fact]
    public void Base64offset_does_not_match_other_encoded_text()
    {
        var rule = Compile("""
            selection:
                CommandLine|base64offset|contains: 'stratum+tcp://'
            condition: selection
            """);

        Assert.False(rule.Matches(Event(("CommandLine", "echo " + B64("xy stratum+udp://pool") + " | base64 -d"))));
    }

    [Theory]
    [InlineData("utf16le")]
    [InlineData("wide")]
    public void Utf16le_encodes_the_value_as_little_endian_utf16_before_base64(string modifier)
    {
        var rule = Compile($"""
            selection:
                CommandLine|{modifier}|base64offset|contains: 'Invoke-Expression'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("CommandLine", "powershell -enc " + B64(Encoding.Unicode.GetBytes("a;Invoke-Expression $x"))))));
        Assert.False(rule.Matches(Event(("CommandLine", "powershell -enc " + B64("a;Invoke-Expression $x")))));
    }

    [Fact]
    public void Utf16be_encodes_the_value_as_big_endian_utf16()
    {
        var rule = Compile("""
            selection:
                Data|utf16be|base64: 'cmd'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("Data", B64([0x00, 0x63, 0x00, 0x6d, 0x00, 0x64])))));
        Assert.False(rule.Matches(Event(("Data", B64([0x63, 0x00, 0x6d, 0x00, 0x64, 0x00])))));
    }

    [Fact]
    public void Utf16_puts_a_byte_order_mark_before_little_endian_utf16()
    {
        var rule = Compile("""
            selection:
                Data|utf16|base64: 'cmd'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("Data", B64([0xFF, 0xFE, 0x63, 0x00, 0x6d, 0x00, 0x64, 0x00])))));
        Assert.False(rule.Matches(Event(("Data", B64([0x63, 0x00, 0x6d, 0x00, 0x64, 0x00])))));
    }

    [Fact]
    public void Windash_before_base64_encodes_every_dash_spelling()
    {
        var rule = Compile("""
            selection:
                CommandLine|windash|base64offset|contains: ' -e '
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("CommandLine", B64("run /e x")))));
        Assert.True(rule.Matches(Event(("CommandLine", B64("run -e x")))));
        Assert.False(rule.Matches(Event(("CommandLine", B64("run +e x")))));
    }
}
