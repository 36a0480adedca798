using Bulwark.Scanners.Iac.Hcl.Syntax;

namespace Bulwark.Scanners.Iac.Tests.Hcl.Syntax;

public sealed class ExpressionTests
{
    [Theory]
    [InlineData("42", "42")]
    [InlineData("3.14", "3.14")]
    [InlineData("1e3", "1e3")]
    [InlineData("2.5E-3", "2.5E-3")]
    [InlineData("-1", "-1")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("null", "null")]
    public void Literals_parse_to_their_values(string source, string rendered)
    {
        Assert.Equal(rendered, Hcl.Render(source));
    }

    [Fact]
    public void Number_literals_give_their_value_and_whole_numbers_their_integer()
    {
        var thousand = (NumberLiteralExpr)Hcl.Expr("1e3");
        Assert.Equal(1000d, thousand.Value);
        Assert.True(thousand.TryGetInt64(out var whole));
        Assert.Equal(1000L, whole);
        Assert.False(((NumberLiteralExpr)Hcl.Expr("1.5")).TryGetInt64(out _));
        Assert.Equal(-7d, ((NumberLiteralExpr)Hcl.Expr("-7")).Value);
    }

    [Fact]
    public void A_negated_literal_is_folded_and_its_range_covers_the_sign()
    {
        var negative = Hcl.Expr("- 5");
        Assert.Equal("-5", ((NumberLiteralExpr)negative).Text);
        Assert.Equal(Hcl.At(1, 5, 1, 8), negative.Range);
    }

    [Theory]
    [InlineData("a + b * c", "(a + (b * c))")]
    [InlineData("a * b + c", "((a * b) + c)")]
    [InlineData("a - b - c", "((a - b) - c)")]
    [InlineData("x / y * z", "((x / y) * z)")]
    [InlineData("a % b", "(a % b)")]
    [InlineData("a < b == c >= d", "((a < b) == (c >= d))")]
    [InlineData("a || b && c", "(a || (b && c))")]
    [InlineData("a && b || c && d", "((a && b) || (c && d))")]
    [InlineData("a == b && c != d || e", "(((a == b) && (c != d)) || e)")]
    [InlineData("!a && -b > c", "((!a) && ((-b) > c))")]
    [InlineData("!!a", "(!(!a))")]
    [InlineData("-a.b", "(-a.b)")]
    [InlineData("1 + -2", "(1 + -2)")]
    [InlineData("a <= b", "(a <= b)")]
    [InlineData("a > b", "(a > b)")]
    public void Binary_operators_follow_hcl_precedence_and_associate_left(string source, string rendered)
    {
        Assert.Equal(rendered, Hcl.Render(source));
    }

    [Theory]
    [InlineData("a ? b : c", "(a ? b : c)")]
    [InlineData("a ? b : c ? d : e", "(a ? b : (c ? d : e))")]
    [InlineData("a == 1 ? b + 1 : c * 2", "((a == 1) ? (b + 1) : (c * 2))")]
    [InlineData("a ? b ? c : d : e", "(a ? (b ? c : d) : e)")]
    [InlineData("length(l) > 0 ? l[0] : null", "((length(l) > 0) ? l[0] : null)")]
    public void Conditionals_bind_loosest_and_nest_to_the_right(string source, string rendered)
    {
        Assert.Equal(rendered, Hcl.Render(source));
    }

    [Fact]
    public void Parentheses_are_kept_as_nodes_and_change_grouping()
    {
        Assert.Equal("(paren((a + b)) * c)", Hcl.Render("(a + b) * c"));
        var paren = Hcl.Expr("(\n  a\n)");
        Assert.Equal(Hcl.At(1, 5, 3, 2), paren.Range);
    }

    [Fact]
    public void A_binary_expression_spans_from_its_left_to_its_right_operand()
    {
        var sum = Hcl.Expr("var.a + 1");
        Assert.Equal(Hcl.At(1, 5, 1, 14), sum.Range);
        var binary = (BinaryExpr)sum;
        Assert.Equal(Hcl.At(1, 5, 1, 10), binary.Left.Range);
        Assert.Equal(Hcl.At(1, 13, 1, 14), binary.Right.Range);
    }

    [Fact]
    public void An_expression_may_continue_on_the_next_line_after_an_operator()
    {
        Assert.Equal("((a && b) || c)", Hcl.Render("a &&\n  b ||\n  c"));
        Assert.Equal("(a ? b : c)", Hcl.Render("a ?\n b :\n c"));
    }

    [Fact]
    public void Keywords_are_only_literals_when_standing_alone()
    {
        Assert.Equal("true_value", Hcl.Render("true_value"));
        Assert.Equal("null.x", Hcl.Render("null.x"));
    }

    [Fact]
    public void A_standalone_expression_parses_with_the_given_start_position()
    {
        var result = HclParser.ParseExpression("var.x\n  + 1", line: 7, column: 12);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("(var.x + 1)", AstPrinter.Print(result.Value));
        Assert.Equal(Hcl.At(7, 12, 8, 6), result.Value.Range);
    }

    [Fact]
    public void A_standalone_expression_with_trailing_text_is_reported()
    {
        var result = HclParser.ParseExpression("a b");
        Assert.Equal(["1:3: Expected the end of the expression, but found 'b'"], Hcl.Problems(result));
    }
}
