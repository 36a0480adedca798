using Bulwark.Scanners.Iac.Hcl.Syntax;

namespace Bulwark.Scanners.Iac.Tests.Hcl.Syntax;

public sealed class TraversalTests
{
    private static Traversal Get(string source)
    {
        Assert.True(Traversal.TryGet(Hcl.Expr(source), out var traversal), source + " is a traversal");
        return traversal;
    }

    [Theory]
    [InlineData("var.x")]
    [InlineData("aws_s3_bucket.b.id")]
    [InlineData("module.m.out")]
    [InlineData("local.l[0].k")]
    [InlineData("var.m[\"a b\"].c")]
    [InlineData("count")]
    public void A_static_traversal_round_trips_to_its_canonical_text(string source)
    {
        Assert.Equal(source, Get(source).ToString());
    }

    [Fact]
    public void Steps_carry_kind_name_index_and_position()
    {
        var traversal = Get("local.l[0].k");
        Assert.Equal("local", traversal.RootName);
        Assert.Equal(Hcl.At(1, 5, 1, 10), traversal.RootRange);
        Assert.Equal(
            [TraversalStepKind.Attribute, TraversalStepKind.NumberIndex, TraversalStepKind.Attribute],
            traversal.Steps.Select(s => s.Kind));
        Assert.Equal(["l", "0", "k"], traversal.Steps.Select(s => s.Name));
        Assert.Equal(0, traversal.Steps[1].Index);
        Assert.Equal(Hcl.At(1, 12, 1, 15), traversal.Steps[1].Range);
        Assert.Equal(Hcl.At(1, 5, 1, 17), traversal.Range);
    }

    [Fact]
    public void A_legacy_index_is_a_number_step()
    {
        Assert.Equal("aws_instance.web[0].id", Get("aws_instance.web.0.id").ToString());
    }

    [Theory]
    [InlineData("var.l[count.index]")]
    [InlineData("f(x).y")]
    [InlineData("a[*].id")]
    [InlineData("(var.x).y")]
    [InlineData("\"${var.x}\"")]
    [InlineData("var.m[\"${k}\"]")]
    [InlineData("1")]
    public void Computed_expressions_are_not_traversals(string source)
    {
        Assert.False(Traversal.TryGet(Hcl.Expr(source), out _));
    }

    [Fact]
    public void All_references_are_found_with_their_longest_static_prefix()
    {
        var source = "var.on ? aws_instance.web[*].id : [for s in var.subnets : s.id if s.az == local.az]";
        var found = Traversal.FindAll(Hcl.Expr(source)).Select(t => t.ToString());
        Assert.Equal(["var.on", "aws_instance.web", "var.subnets", "local.az"], found);
    }

    [Fact]
    public void References_in_templates_calls_objects_and_dynamic_indexes_are_found()
    {
        var source = "merge({ Name = \"${var.env}-${local.name}\", (var.k) = 1 }, var.tags[count.index].x)";
        var found = Traversal.FindAll(Hcl.Expr(source)).Select(t => t.ToString());
        Assert.Equal(["var.env", "local.name", "var.k", "var.tags", "count.index"], found);
    }

    [Fact]
    public void Template_for_variables_are_local_to_the_directive()
    {
        var source = "\"%{ for ip in var.ips }${ip}${var.suffix}%{ endfor }${ip}\"";
        var found = Traversal.FindAll(Hcl.Expr(source)).Select(t => t.ToString());
        Assert.Equal(["var.ips", "var.suffix", "ip"], found);
    }

    [Fact]
    public void For_expression_key_and_value_variables_are_both_local()
    {
        var found = Traversal.FindAll(Hcl.Expr("{for k, v in var.m : k => v.id if v.on}")).Select(t => t.ToString());
        Assert.Equal(["var.m"], found);
    }
}
