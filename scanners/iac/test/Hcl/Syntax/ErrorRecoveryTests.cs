using Bulwark.Scanners.Iac.Hcl.Syntax;

namespace Bulwark.Scanners.Iac.Tests.Hcl.Syntax;

public sealed class ErrorRecoveryTests
{
    private static ParseResult<ConfigFile> Parse(string text) => HclParser.Parse(text, "main.tf");

    private static string[] Names(Body body) => [.. body.Items.Select(i => i is Block b ? b.Type : ((HclAttribute)i).Name)];

    [Fact]
    public void An_unclosed_block_is_reported_at_its_brace_and_later_blocks_stay_top_level()
    {
        var result = Parse("resource \"a\" \"b\" {\n  x = 1\n\nresource \"c\" \"d\" {\n  y = 2\n}\n");
        Assert.Equal(
            ["1:18: Unclosed block: the '{' of this 'resource' block has no matching '}' before line 4, judging by indentation"],
            Hcl.Problems(result));
        var blocks = result.Value.Body.Blocks.ToList();
        Assert.Equal(["b", "d"], blocks.Select(b => b.Label(1)));
        Assert.Equal(Hcl.At(2, 3, 2, 4), Hcl.Attr(blocks[0].Body, "x").NameRange);
        Assert.Equal(Hcl.At(5, 3, 5, 4), Hcl.Attr(blocks[1].Body, "y").NameRange);
    }

    [Fact]
    public void An_unclosed_inner_block_is_blamed_rather_than_its_parent()
    {
        var result = Parse("a {\n  b {\n    c = 1\n  d = 2\n}\ne {}\n");
        Assert.Equal(["2:5: Unclosed block: the '{' of this 'b' block has no matching '}' before line 4, judging by indentation"], Hcl.Problems(result));
        Assert.Equal(["a", "e"], Names(result.Value.Body));
        Assert.Equal(["b", "d"], Names(result.Value.Body.Blocks.First().Body));
    }

    [Fact]
    public void A_block_unclosed_at_the_end_of_the_file_keeps_its_content()
    {
        var result = Parse("locals {\n  a = 1\n");
        Assert.Equal(["1:8: Unclosed block: the '{' of this 'locals' block has no matching '}'"], Hcl.Problems(result));
        Assert.Equal(["a"], Names(result.Value.Body.Blocks.Single().Body));
    }

    [Fact]
    public void An_unterminated_string_ends_at_its_line_and_the_next_lines_parse()
    {
        var result = Parse("a = \"unterminated\nb = 2\nc {\n  d = 3\n}\n");
        Assert.Equal(
            ["1:5: Unterminated string: a quoted string must end on the line it starts on; use a heredoc (<<EOT) for text over several lines"],
            Hcl.Problems(result));
        Assert.Equal(["a", "b", "c"], Names(result.Value.Body));
        Assert.Equal("unterminated", ((TemplateExpr)Hcl.Attr(result.Value.Body, "a").Expression).LiteralValue);
    }

    [Fact]
    public void A_string_inside_an_unclosed_interpolation_does_not_swallow_later_lines()
    {
        var result = Parse("y = \"${ foo\"\nz = 1\n");
        Assert.Equal("2:1", $"{Hcl.Attr(result.Value.Body, "z").NameRange.StartLine}:{Hcl.Attr(result.Value.Body, "z").NameRange.StartColumn}");
        Assert.StartsWith("1:5: Unterminated string", Hcl.Problems(result)[0]);
    }

    [Fact]
    public void An_unterminated_heredoc_is_reported_at_its_opener_and_later_blocks_parse()
    {
        var result = Parse("a = 1\npolicy = <<EOF\n{ \"a\": 1 }\nEOF2\nresource \"x\" \"y\" {\n  z = 1\n}\n");
        var problems = Hcl.Problems(result);
        Assert.Equal("2:10: Unterminated heredoc: no line holds only the closing marker \"EOF\"; the lines after it are read as configuration", problems[0]);
        var resource = result.Value.Body.Blocks.Single();
        Assert.Equal(Hcl.At(6, 3, 6, 4), Hcl.Attr(resource.Body, "z").NameRange);
        Assert.Equal(["a", "policy", "resource"], Names(result.Value.Body));
    }

    [Fact]
    public void An_invalid_character_is_reported_where_it_is_and_parsing_continues()
    {
        var result = Parse("a = 1 @ 2\nb = @\nc = 3\nd {\n  e = $\n  f = 4\n}\n");
        Assert.Equal(["1:7: Invalid character '@'", "2:5: Invalid character '@'", "5:7: Invalid character '$'"], Hcl.Problems(result));
        Assert.Equal(["a", "b", "c", "d"], Names(result.Value.Body));
        Assert.Equal(["e", "f"], Names(result.Value.Body.Blocks.Single().Body));
        Assert.IsType<InvalidExpr>(Hcl.Attr(result.Value.Body, "b").Expression);
    }

    [Fact]
    public void Unclosed_brackets_end_at_the_next_line_that_looks_like_an_argument()
    {
        var result = Parse("a = foo(1, 2\nb = 3\nc = [1, 2\nd = 4\ne = { x = 1\nresource \"r\" \"s\" {}\n");
        Assert.Equal(
            [
                "1:8: Unclosed '(': expected ')' before 'b' at line 2, column 1",
                "3:5: Unclosed '[': expected ']' before 'd' at line 4, column 1",
                "5:5: Unclosed '{': expected '}' before 'resource' at line 6, column 1",
            ],
            Hcl.Problems(result));
        Assert.Equal(["a", "b", "c", "d", "e", "resource"], Names(result.Value.Body));
        Assert.Equal("foo(1, 2)", AstPrinter.Print(Hcl.Attr(result.Value.Body, "a").Expression));
    }

    [Fact]
    public void Missing_separators_and_stray_tokens_are_reported_once_each()
    {
        var result = Parse("a = 1 2\nb == 3\n= 4\nc = 5\n}\nd = [1 2 3]\ne = {a = 1 b = 2}\nf = 6\n");
        Assert.Equal(
            [
                "1:7: Expected a newline after the argument; each argument and block goes on its own line, but found the number 2",
                "2:3: Expected '=' (for an argument) or '{' (for a block) after 'b', but found '=='",
                "3:1: Expected an argument or a block, but found '='",
                "5:1: Unexpected '}': there is no open block to close",
                "6:8: Expected ',' or ']' between tuple elements, but found the number 2",
                "7:12: Expected ',' or a newline between object items, but found 'b'",
            ],
            Hcl.Problems(result));
        Assert.Equal(["a", "c", "d", "e", "f"], Names(result.Value.Body));
    }

    [Fact]
    public void Broken_expressions_leave_placeholders_and_the_next_attribute_parses()
    {
        var result = Parse("x = a ? b\ny = [for x in : x]\nz = {for k in v : k}\nw = 1\n");
        Assert.Equal(
            [
                "1:10: Expected ':' between the results of the conditional expression, but found a newline",
                "2:15: Expected an expression, but found ':'",
                "3:20: Expected '=>' between the key and the value of an object for expression, but found '}'",
            ],
            Hcl.Problems(result));
        Assert.Equal(["x", "y", "z", "w"], Names(result.Value.Body));
        Assert.IsType<InvalidExpr>(Hcl.Attr(result.Value.Body, "z").Expression);
    }

    [Fact]
    public void A_missing_value_is_reported_at_the_end_of_the_line()
    {
        var result = Parse("a =\nb = 2\n");
        Assert.Equal(["1:4: Expected an expression, but found a newline"], Hcl.Problems(result));
        Assert.Equal(["a", "b"], Names(result.Value.Body));
    }

    [Fact]
    public void Labels_with_interpolations_single_ampersands_and_bare_heredoc_markers_are_explained()
    {
        var result = Parse("a \"${x}\" {}\nc = 1 & 2\nd = <<\ne = 5\n");
        Assert.Equal(
            [
                "1:3: A block label must be a plain string; it can't contain '${' or '%{' sequences",
                "2:7: Invalid character '&'; the logical AND operator is '&&'",
                "3:5: Invalid heredoc: '<<' must be followed by a marker name and a newline, as in <<EOT or <<-EOT",
            ],
            Hcl.Problems(result));
        Assert.Equal(["a", "c", "d", "e"], Names(result.Value.Body));
    }

    [Fact]
    public void An_unclosed_interpolation_at_the_end_is_reported_at_its_opener()
    {
        var result = Parse("x = <<EOT\n${foo\n");
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("Unterminated heredoc", StringComparison.Ordinal) && d.Range.StartLine == 1);
    }
}
