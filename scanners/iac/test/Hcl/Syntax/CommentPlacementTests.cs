using Bulwark.Scanners.Iac.Hcl.Syntax;

namespace Bulwark.Scanners.Iac.Tests.Hcl.Syntax;

public sealed class CommentPlacementTests
{
    [Fact]
    public void Comments_between_block_labels_are_ignored()
    {
        var block = Hcl.ParseValid("resource /* type */ \"aws_s3_bucket\" /* name */ \"b\" /* body */ {\n}\n").Body.Blocks.Single();
        Assert.Equal(["aws_s3_bucket", "b"], block.Labels.Select(l => l.Value));
    }

    [Fact]
    public void Comments_inside_tuples_and_objects_are_ignored()
    {
        var source = "[\n  1, # one\n  // two\n  2, /* three */ 3\n]";
        Assert.Equal("[1, 2, 3]", Hcl.Render(source));
        var objectSource = "{\n  # leading\n  a = 1 # trailing\n  /* before */ b = 2\n  // last\n}";
        Assert.Equal("{a = 1, b = 2}", Hcl.Render(objectSource));
    }

    [Fact]
    public void Comments_after_operators_do_not_end_the_expression()
    {
        Assert.Equal("(1 + 2)", Hcl.Render("1 + /* plus */ 2"));
        Assert.Equal("(a || b)", Hcl.Render("a || # or\n  b"));
        Assert.Equal("(a ? b : c)", Hcl.Render("a ? // then\n  b : /* else */ c"));
    }

    [Fact]
    public void A_block_comment_spanning_lines_keeps_later_positions_right()
    {
        var file = Hcl.ParseValid("a = 1\n/*\n  commented = out\n*/\nb = 2\n");
        Assert.Equal(["a", "b"], file.Body.Attributes.Select(a => a.Name));
        Assert.Equal(Hcl.At(5, 1, 5, 2), Hcl.Attr(file.Body, "b").NameRange);
        Assert.Equal(Hcl.At(2, 1, 4, 3), file.Comments.Single().Range);
    }

    [Fact]
    public void A_line_comment_ends_an_attribute_like_a_newline()
    {
        var file = Hcl.ParseValid("a = 1 # one\nb = 2 // two");
        Assert.Equal(["a", "b"], file.Body.Attributes.Select(a => a.Name));
    }

    [Fact]
    public void Comment_markers_inside_strings_and_heredocs_are_text()
    {
        var file = Hcl.ParseValid("a = \"# not /* a */ comment // really\"\nb = <<EOT\n# still text\nEOT\n");
        Assert.Equal("# not /* a */ comment // really", ((TemplateExpr)Hcl.Attr(file.Body, "a").Expression).LiteralValue);
        Assert.Equal("# still text\n", ((TemplateExpr)Hcl.Attr(file.Body, "b").Expression).LiteralValue);
        Assert.Empty(file.Comments);
    }

    [Fact]
    public void Comments_inside_interpolations_are_allowed()
    {
        Assert.Equal("\"${(a + b)}\"", Hcl.Render("\"${a /* c */ + b}\""));
    }

    [Fact]
    public void Comments_between_function_arguments_and_in_for_expressions_are_ignored()
    {
        Assert.Equal("f(a, b)", Hcl.Render("f(a, /* x */ b)"));
        Assert.Equal("[for v in l : v]", Hcl.Render("[for v in l : # each\n  v]"));
    }
}
