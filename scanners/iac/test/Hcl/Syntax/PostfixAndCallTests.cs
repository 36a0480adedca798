using Bulwark.Scanners.Iac.Hcl.Syntax;

namespace Bulwark.Scanners.Iac.Tests.Hcl.Syntax;

public sealed class PostfixAndCallTests
{
    [Theory]
    [InlineData("var.x", "var.x")]
    [InlineData("aws_s3_bucket.b.id", "aws_s3_bucket.b.id")]
    [InlineData("local.l[0].k", "local.l[0].k")]
    [InlineData("var.m[\"key\"]", "var.m[\"key\"]")]
    [InlineData("var.l[count.index]", "var.l[count.index]")]
    [InlineData("a[b[c]]", "a[b[c]]")]
    [InlineData("foo.0.bar", "foo.0.bar")]
    [InlineData("a.b-c", "a.b-c")]
    public void Attribute_access_and_indexes_chain_left_to_right(string source, string rendered)
    {
        Assert.Equal(rendered, Hcl.Render(source));
    }

    [Fact]
    public void Each_step_records_its_range()
    {
        var access = (GetAttrExpr)Hcl.Expr("module.m.out");
        Assert.Equal(Hcl.At(1, 5, 1, 17), access.Range);
        Assert.Equal(Hcl.At(1, 14, 1, 17), access.NameRange);
        var index = (IndexExpr)Hcl.Expr("var.l[\n  0\n]");
        Assert.Equal(Hcl.At(1, 5, 3, 2), index.Range);
        Assert.Equal(Hcl.At(2, 3, 2, 4), index.Key.Range);
    }

    [Fact]
    public void A_legacy_index_is_an_index_marked_legacy()
    {
        var index = (IndexExpr)((GetAttrExpr)Hcl.Expr("aws_instance.web.0.id")).Source;
        Assert.True(index.IsLegacy);
        Assert.Equal("0", ((NumberLiteralExpr)index.Key).Text);
    }

    [Fact]
    public void A_chained_legacy_index_is_reported_but_still_read_as_two_indexes()
    {
        var result = HclParser.Parse("x = foo.0.1.bar\n", "main.tf");
        Assert.Equal(["1:9: Legacy index syntax can't be chained; write [0][1] instead of .0.1"], Hcl.Problems(result));
        Assert.Equal("foo.0.1.bar", AstPrinter.Print(result.Value.Body.FindAttribute("x")!.Expression));
    }

    [Theory]
    [InlineData("aws_instance.web.*.id", "splat.*(aws_instance.web, *.id)")]
    [InlineData("aws_instance.web[*].id", "splat[*](aws_instance.web, *.id)")]
    [InlineData("a.*.b.c[0]", "splat.*(a, *.b.c)[0]")]
    [InlineData("a[*].b.c[0]", "splat[*](a, *.b.c[0])")]
    [InlineData("a[*]", "splat[*](a, *)")]
    [InlineData("a.*", "splat.*(a, *)")]
    [InlineData("a[*].b[*].c", "splat[*](splat[*](a, *.b), *.c)")]
    [InlineData("a[*].b[var.i].c", "splat[*](a, *.b[var.i].c)")]
    [InlineData("a.*.0", "splat.*(a, *.0)")]
    public void Splats_take_the_steps_their_kind_allows(string source, string rendered)
    {
        Assert.Equal(rendered, Hcl.Render(source));
    }

    [Fact]
    public void A_splat_records_the_operator_range_on_its_element()
    {
        var splat = (SplatExpr)Hcl.Expr("a[*].id");
        Assert.True(splat.IsFull);
        Assert.Equal(Hcl.At(1, 5, 1, 12), splat.Range);
        var each = (GetAttrExpr)splat.Each;
        Assert.Equal(Hcl.At(1, 6, 1, 9), each.Source.Range);
    }

    [Theory]
    [InlineData("length(var.list)", "length(var.list)")]
    [InlineData("f()", "f()")]
    [InlineData("max(1, 2, 3,)", "max(1, 2, 3)")]
    [InlineData("max(var.nums...)", "max(var.nums...)")]
    [InlineData("concat(a, b...)", "concat(a, b...)")]
    [InlineData("provider::aws::arn_parse(var.arn)", "provider::aws::arn_parse(var.arn)")]
    [InlineData("f(g(h(1)))", "f(g(h(1)))")]
    public void Function_calls_take_arguments_and_an_expanded_final_argument(string source, string rendered)
    {
        Assert.Equal(rendered, Hcl.Render(source));
    }

    [Fact]
    public void Function_arguments_may_span_lines_with_comments_between()
    {
        var call = (FunctionCallExpr)Hcl.Expr("merge(\n  local.tags, # common\n  {\n    Name = \"x\"\n  },\n)");
        Assert.Equal("merge", call.Name);
        Assert.Equal(2, call.Arguments.Count);
        Assert.Equal(Hcl.At(1, 5, 1, 10), call.NameRange);
        Assert.Equal(Hcl.At(1, 5, 6, 2), call.Range);
    }

    [Fact]
    public void A_namespaced_function_name_range_covers_all_its_parts()
    {
        var call = (FunctionCallExpr)Hcl.Expr("provider::time::rfc3339_parse(x)");
        Assert.Equal(Hcl.At(1, 5, 1, 34), call.NameRange);
    }

    [Theory]
    [InlineData("tolist(var.a)[0]", "tolist(var.a)[0]")]
    [InlineData("values(var.m)[*].id", "splat[*](values(var.m), *.id)")]
    [InlineData("flatten(x).*.name", "splat.*(flatten(x), *.name)")]
    [InlineData("jsondecode(x).a.b", "jsondecode(x).a.b")]
    [InlineData("[1, 2][0]", "[1, 2][0]")]
    [InlineData("{a = 1}.a", "{a = 1}.a")]
    [InlineData("\"s\"[0]", "\"s\"[0]")]
    public void Postfix_operators_apply_to_any_term(string source, string rendered)
    {
        Assert.Equal(rendered, Hcl.Render(source));
    }
}
