using Bulwark.Scanners.Iac.Hcl.Syntax;

namespace Bulwark.Scanners.Iac.Tests.Hcl.Syntax;

public sealed class PositionTests
{
    private static HclAttribute Nested(string value)
    {
        var file = Hcl.ParseValid("block \"label\" {\n  attr = " + value + "\n}\n");
        return Hcl.Attr(file.Body.Blocks.Single().Body, "attr");
    }

    [Theory]
    [InlineData("42")]
    [InlineData("-1.5e3")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("\"s ${x} t\"")]
    [InlineData("\"%{ if a }b%{ else }c%{ endif }\"")]
    [InlineData("\"%{ for v in l ~} ${v} %{~ endfor }\"")]
    [InlineData("var.a.b[0]")]
    [InlineData("a.0")]
    [InlineData("a[*].b")]
    [InlineData("a.*.b")]
    [InlineData("f(x)[*].id")]
    [InlineData("f(1, 2...)")]
    [InlineData("provider::p::f()")]
    [InlineData("-x")]
    [InlineData("!x")]
    [InlineData("a + b * c")]
    [InlineData("a ? b : c")]
    [InlineData("(a)")]
    [InlineData("[1, 2]")]
    [InlineData("{ a = 1, \"b\" = 2 }")]
    [InlineData("[for v in l : v if v]")]
    [InlineData("{for k, v in m : k => v...}")]
    [InlineData("\"ünï ☃ 𝄞\"")]
    public void Every_kind_of_expression_spans_exactly_its_text(string value)
    {
        var attribute = Nested(value);
        Assert.Equal(Hcl.At(2, 3, 2, 7), attribute.NameRange);
        Assert.Equal(Hcl.At(2, 10, 2, 10 + value.Length), attribute.Expression.Range);
        Assert.Equal(Hcl.At(2, 3, 2, 10 + value.Length), attribute.Range);
    }

    [Theory]
    [InlineData("<<EOT\ntext\nEOT", 4, 4)]
    [InlineData("<<-EOT\n    text\n    EOT", 4, 8)]
    [InlineData("{\n    a = 1\n  }", 4, 4)]
    [InlineData("[\n    1,\n    2,\n  ]", 5, 4)]
    [InlineData("f(\n    x\n  )", 4, 4)]
    [InlineData("a &&\n    b", 3, 6)]
    public void A_multi_line_expression_ends_after_its_last_character(string value, int endLine, int endColumn)
    {
        var attribute = Nested(value);
        Assert.Equal(Hcl.At(2, 3, 2, 7), attribute.NameRange);
        Assert.Equal(Hcl.At(2, 10, endLine, endColumn), attribute.Expression.Range);
    }

    [Fact]
    public void Template_parts_point_at_their_own_text()
    {
        var template = (TemplateExpr)Nested("\"a${b}%{if c}d%{endif}\"").Expression;
        Assert.Equal(
            [Hcl.At(2, 11, 2, 12), Hcl.At(2, 12, 2, 16), Hcl.At(2, 16, 2, 32)],
            template.Parts.Select(p => p.Range));
        var directive = (TemplateIf)template.Parts[2];
        Assert.Equal(Hcl.At(2, 21, 2, 22), directive.Condition.Range);
        Assert.Equal(Hcl.At(2, 23, 2, 24), directive.Then.Single().Range);
    }

    [Fact]
    public void For_expression_parts_point_at_their_own_text()
    {
        var loop = (ForExpr)Nested("{for k, v in m : k => v if v}").Expression;
        Assert.Equal(Hcl.At(2, 23, 2, 24), loop.Collection.Range);
        Assert.Equal(Hcl.At(2, 27, 2, 28), loop.KeyExpression!.Range);
        Assert.Equal(Hcl.At(2, 32, 2, 33), loop.ValueExpression.Range);
        Assert.Equal(Hcl.At(2, 37, 2, 38), loop.Condition!.Range);
    }
}
