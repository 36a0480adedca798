using Bulwark.Scanners.Iac.Hcl.Syntax;

namespace Bulwark.Scanners.Iac.Tests.Hcl.Syntax;

public sealed class CollectionTests
{
    [Theory]
    [InlineData("[]", "[]")]
    [InlineData("[1, 2, 3]", "[1, 2, 3]")]
    [InlineData("[1, 2, 3,]", "[1, 2, 3]")]
    [InlineData("[\n  \"a\",\n  \"b\"\n]", "[\"a\", \"b\"]")]
    [InlineData("[\n  \"a\",\n  \"b\",\n]", "[\"a\", \"b\"]")]
    [InlineData("[[1], [2, [3]]]", "[[1], [2, [3]]]")]
    public void Tuples_separate_elements_with_commas_and_ignore_newlines(string source, string rendered)
    {
        Assert.Equal(rendered, Hcl.Render(source));
    }

    [Theory]
    [InlineData("{}", "{}")]
    [InlineData("{ a = 1, b = 2 }", "{a = 1, b = 2}")]
    [InlineData("{ a = 1, b = 2, }", "{a = 1, b = 2}")]
    [InlineData("{\n  a = 1\n  b = 2\n}", "{a = 1, b = 2}")]
    [InlineData("{\n  a = 1,\n  b = 2,\n}", "{a = 1, b = 2}")]
    [InlineData("{ a: 1, \"b\": 2 }", "{a = 1, \"b\" = 2}")]
    [InlineData("{ \"Name\" = \"x\" }", "{\"Name\" = \"x\"}")]
    [InlineData("{ (var.key) = 1 }", "{paren(var.key) = 1}")]
    [InlineData("{ \"${var.p}-x\" = 1 }", "{\"${var.p}-x\" = 1}")]
    [InlineData("{ a.b = 1 }", "{a.b = 1}")]
    [InlineData("{ a = { b = [1] } }", "{a = {b = [1]}}")]
    public void Objects_take_bare_quoted_and_expression_keys(string source, string rendered)
    {
        Assert.Equal(rendered, Hcl.Render(source));
    }

    [Fact]
    public void A_bare_object_key_is_a_literal_name_but_a_parenthesised_one_is_an_expression()
    {
        var items = ((ObjectExpr)Hcl.Expr("{ foo = 1, (bar) = 2, \"baz\" = 3 }")).Items;
        Assert.Equal([true, false, false], items.Select(i => i.KeyIsIdentifier));
        Assert.Equal(["foo", null, "baz"], items.Select(i => i.StaticKey));
    }

    [Fact]
    public void Object_items_record_key_and_value_positions()
    {
        var item = ((ObjectExpr)Hcl.Expr("{\n  Name = \"web\"\n}")).Items.Single();
        Assert.Equal(Hcl.At(2, 3, 2, 7), item.Key.Range);
        Assert.Equal(Hcl.At(2, 10, 2, 15), item.Value.Range);
        Assert.Equal(Hcl.At(2, 3, 2, 15), item.Range);
    }

    [Fact]
    public void A_value_on_the_line_after_its_key_is_still_the_same_item()
    {
        Assert.Equal("{a = 1}", Hcl.Render("{\n  a =\n    1\n}"));
    }

    [Theory]
    [InlineData("[for v in var.list : upper(v)]", "[for v in var.list : upper(v)]")]
    [InlineData("[for i, v in var.list : v if i < 2]", "[for i, v in var.list : v if (i < 2)]")]
    [InlineData("{for k, v in var.map : k => v}", "{for k, v in var.map : k => v}")]
    [InlineData("{for k, v in var.map : v.group => k...}", "{for k, v in var.map : v.group => k...}")]
    [InlineData("{for k, v in var.map : k => v... if v != null}", "{for k, v in var.map : k => v... if (v != null)}")]
    [InlineData("[for s in var.subnets : s.id if s.public]", "[for s in var.subnets : s.id if s.public]")]
    [InlineData("[for x in a ? b : c : x]", "[for x in (a ? b : c) : x]")]
    public void For_expressions_build_tuples_and_objects(string source, string rendered)
    {
        Assert.Equal(rendered, Hcl.Render(source));
    }

    [Fact]
    public void For_expressions_nest_and_span_lines()
    {
        var source = "{\n  for name, rule in var.rules :\n    name => [\n      for port in rule.ports : {\n        from = port\n      }\n    ]\n    if rule.enabled\n}";
        Assert.Equal(
            "{for name, rule in var.rules : name => [for port in rule.ports : {from = port}] if rule.enabled}",
            Hcl.Render(source));
        var loop = (ForExpr)Hcl.Expr(source);
        Assert.Equal(Hcl.At(1, 5, 9, 2), loop.Range);
        Assert.True(loop.IsObject);
        Assert.Equal("name", loop.KeyVariable);
        Assert.Equal("rule", loop.ValueVariable);
    }

    [Fact]
    public void A_tuple_starting_with_a_variable_named_for_needs_parentheses()
    {
        Assert.Equal("[paren(for), foo]", Hcl.Render("[(for), foo]"));
        Assert.Equal("{\"for\" = 1}", Hcl.Render("{\"for\" = 1}"));
        Assert.True(HclParser.Parse("x = [for, foo]\n", "main.tf").HasErrors);
    }
}
