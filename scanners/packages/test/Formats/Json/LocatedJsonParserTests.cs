using System.Text;
using Bulwark.Scanners.Packages.Formats.Json;

namespace Bulwark.Scanners.Packages.Tests.Formats.Json;

public class LocatedJsonParserTests
{
    [Fact]
    public void Every_value_knows_the_line_and_column_it_starts_on_with_crlf_line_ends_and_a_byte_order_mark()
    {
        var text = "\uFEFF{\r\n  \"a\": [1,\r\n    {\"b\": true}],\r\n  \"c\": null\r\n}";

        var root = LocatedJsonParser.Parse(Encoding.UTF8.GetBytes(text), out var error)!;

        Assert.Null(error);
        Assert.Equal((1, 1), (root.Line, root.Column));
        Assert.Equal((2, 8), (root["a"]!.Line, root["a"]!.Column));
        Assert.Equal((3, 5), (root["a"]!.Items[1].Line, root["a"]!.Items[1].Column));
        Assert.Equal(("true", JsonKind.Boolean), (root["a"]!.Items[1]["b"]!.Text, root["a"]!.Items[1]["b"]!.Kind));
        Assert.Equal((4, 8, JsonKind.Null, "null"), (root["c"]!.Line, root["c"]!.Column, root["c"]!.Kind, root["c"]!.Text));
    }

    [Fact]
    public void A_member_keeps_the_position_of_its_key_when_its_value_opens_on_a_later_line()
    {
        var root = LocatedJsonParser.Parse("{\n  \"node_modules/a\":\n    {\n      \"version\": \"1.0.0\"\n    }\n}", out var error)!;

        var member = Assert.Single(root.Members);
        Assert.Null(error);
        Assert.Equal(("node_modules/a", 2, 3), (member.Name, member.Line, member.Column));
        Assert.Equal((3, 5), (member.Value.Line, member.Value.Column));
        Assert.Same(member, root.Member("node_modules/a"));
        Assert.Equal("1.0.0", root.MembersOf("node_modules/a").Single(m => m.Name == "version").Value.Text);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_tolerated_and_the_first_of_duplicate_keys_wins()
    {
        var root = LocatedJsonParser.Parse("""
            // written by hand
            { "k": "first", "k": "second", "n": 1.50, "dev": true, }
            """u8, out var error)!;

        Assert.Null(error);
        Assert.Equal("first", root.String("k"));
        Assert.Equal(("1.50", JsonKind.Number), (root["n"]!.Text, root["n"]!.Kind));
        Assert.True(root.IsTrue("dev"));
        Assert.False(root.IsTrue("n"));
        Assert.Equal(4, root.Members.Count);
    }

    [Fact]
    public void The_helpers_give_nothing_for_the_wrong_kind_instead_of_throwing()
    {
        var root = LocatedJsonParser.Parse("""{"s": "x", "a": [1], "o": {"k": 1}}""", out _)!;

        Assert.Null(root.String("a"));
        Assert.Empty(root.Array("s"));
        Assert.Null(root.Object("a"));
        Assert.Empty(root.MembersOf("a"));
        Assert.Null(root["missing"]);
        Assert.Equal(["an object", "an array", "a string"], new[] { root.Object("o")!, root["a"]!, root["s"]! }.Select(v => v.Describe()));
    }

    [Theory]
    [InlineData("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3)]
    [InlineData("{\"a\": [1, 2}", 1, 12)]
    [InlineData("{} {}", 1, 4)]
    [InlineData("   ", 1, 4)]
    public void Text_that_is_not_json_gives_an_error_with_its_position(string text, int line, int column)
    {
        LocatedJsonParser.Parse(Encoding.UTF8.GetBytes(text), out var error);

        Assert.Equal((line, column), (error!.Line, error.Column));
        Assert.NotEmpty(error.Message);
        Assert.DoesNotContain("LineNumber", error.Message);
        Assert.False(error.Message.EndsWith('.'), error.Message);
    }

    [Fact]
    public void What_comes_before_a_syntax_error_is_kept()
    {
        var root = LocatedJsonParser.Parse("{\n  \"a\": {\"version\": \"1\"},\n  \"b\": {\"version\": \"2\"}\n  \"c\": {}\n}", out var error);

        Assert.Equal((4, 3), (error!.Line, error.Column));
        Assert.Equal(["a", "b"], root!.Members.Select(m => m.Name));
        Assert.Equal("2", root["b"]!.String("version"));
    }

    [Fact]
    public void A_string_that_is_not_utf8_is_an_error_at_the_string_with_what_came_before_kept()
    {
        byte[] text = [.. "{\"a\": \"ok\",\n \"b\": \""u8, 0xC3, 0x28, .. "\"}"u8];

        var root = LocatedJsonParser.Parse(text, out var error);

        Assert.Equal((2, 7), (error!.Line, error.Column));
        Assert.Equal("ok", root!.String("a"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("// only a comment")]
    public void A_document_without_a_value_has_no_root_and_an_error_on_the_first_line(string text)
    {
        Assert.Null(LocatedJsonParser.Parse(text, out var error));

        Assert.Equal(1, error!.Line);
        Assert.NotEmpty(error.Message);
    }
}
