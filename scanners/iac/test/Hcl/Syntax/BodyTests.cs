using Bulwark.Scanners.Iac.Hcl.Syntax;

namespace Bulwark.Scanners.Iac.Tests.Hcl.Syntax;

public sealed class BodyTests
{
    [Fact]
    public void An_empty_file_is_an_empty_body_without_diagnostics()
    {
        foreach (var text in new[] { "", "\n\n", "   ", "# only a comment\n", "\r\n" })
        {
            var file = Hcl.ParseValid(text);
            Assert.Empty(file.Body.Items);
        }
    }

    [Fact]
    public void An_attribute_records_where_its_name_and_value_are()
    {
        var file = Hcl.ParseValid("\n  region = \"eu-west-1\"\n");
        var region = Hcl.Attr(file.Body, "region");
        Assert.Equal(Hcl.At(2, 3, 2, 9), region.NameRange);
        Assert.Equal(Hcl.At(2, 12, 2, 23), region.Expression.Range);
        Assert.Equal(Hcl.At(2, 3, 2, 23), region.Range);
        Assert.Equal("eu-west-1", ((TemplateExpr)region.Expression).LiteralValue);
    }

    [Fact]
    public void A_block_has_a_type_quoted_and_bare_labels_and_a_body()
    {
        var file = Hcl.ParseValid("resource \"aws_s3_bucket\" logs {\n  bucket = \"b\"\n}\n");
        var block = Assert.IsType<Block>(Assert.Single(file.Body.Items));
        Assert.Equal("resource", block.Type);
        Assert.Equal(["aws_s3_bucket", "logs"], block.Labels.Select(l => l.Value));
        Assert.Equal([true, false], block.Labels.Select(l => l.IsQuoted));
        Assert.Equal(Hcl.At(1, 10, 1, 25), block.Labels[0].Range);
        Assert.Equal(Hcl.At(1, 26, 1, 30), block.Labels[1].Range);
        Assert.Equal(Hcl.At(1, 1, 3, 2), block.Range);
        Assert.Equal(Hcl.At(1, 31, 3, 2), block.Body.Range);
        Assert.Equal(Hcl.At(2, 3, 2, 9), Hcl.Attr(block.Body, "bucket").NameRange);
    }

    [Fact]
    public void Block_labels_decode_escapes()
    {
        var block = Hcl.ParseValid("a \"tab\\there\" {}\n").Body.Blocks.Single();
        Assert.Equal("tab\there", block.Label(0));
        Assert.Null(block.Label(1));
    }

    [Fact]
    public void Attributes_and_blocks_keep_source_order()
    {
        var file = Hcl.ParseValid("a = 1\nb {}\nc = 2\nd {\n}\n");
        Assert.Equal(["HclAttribute:a", "Block:b", "HclAttribute:c", "Block:d"], file.Body.Items.Select(i => i switch
        {
            HclAttribute a => "HclAttribute:" + a.Name,
            Block b => "Block:" + b.Type,
            _ => "?",
        }));
        Assert.Equal(["a", "c"], file.Body.Attributes.Select(a => a.Name));
        Assert.Equal(["b", "d"], file.Body.Blocks.Select(b => b.Type));
    }

    [Fact]
    public void A_one_line_block_holds_a_single_attribute()
    {
        var file = Hcl.ParseValid("lifecycle { prevent_destroy = true }\nempty {}\n");
        var lifecycle = file.Body.BlocksOfType("lifecycle").Single();
        var attribute = Hcl.Attr(lifecycle.Body, "prevent_destroy");
        Assert.True(((BoolLiteralExpr)attribute.Expression).Value);
        Assert.Equal(Hcl.At(1, 13, 1, 28), attribute.NameRange);
        Assert.Equal(Hcl.At(1, 31, 1, 35), attribute.Expression.Range);
        Assert.Empty(file.Body.BlocksOfType("empty").Single().Body.Items);
    }

    [Fact]
    public void Nested_blocks_parse_to_any_depth()
    {
        var file = Hcl.ParseValid("a {\n  b \"x\" {\n    c {\n      d = 1\n    }\n  }\n}\n");
        var c = file.Body.Blocks.Single().Body.Blocks.Single().Body.Blocks.Single();
        Assert.Equal(Hcl.At(4, 7, 4, 8), Hcl.Attr(c.Body, "d").NameRange);
    }

    [Fact]
    public void A_file_without_a_final_newline_still_parses_its_last_attribute()
    {
        Assert.Equal("2", ((NumberLiteralExpr)Hcl.Attr(Hcl.ParseValid("a = 1\nb = 2").Body, "b").Expression).Text);
    }

    [Fact]
    public void Crlf_line_endings_parse_like_lf_with_the_same_positions()
    {
        var lf = "variable \"x\" {\n  default = \"a\"\n}\n";
        var crlfFile = Hcl.ParseValid(lf.Replace("\n", "\r\n"));
        var lfFile = Hcl.ParseValid(lf);
        var crlfDefault = Hcl.Attr(crlfFile.Body.Blocks.Single().Body, "default");
        var lfDefault = Hcl.Attr(lfFile.Body.Blocks.Single().Body, "default");
        Assert.Equal(lfDefault.NameRange, crlfDefault.NameRange);
        Assert.Equal(lfDefault.Expression.Range, crlfDefault.Expression.Range);
        Assert.Equal("a", ((TemplateExpr)crlfDefault.Expression).LiteralValue);
    }

    [Fact]
    public void Utf8_identifiers_and_strings_keep_their_text_and_utf16_columns()
    {
        var file = Hcl.ParseValid("größe = \"naïve ☃ 𝄞\"\nnext = 1\n");
        var size = Hcl.Attr(file.Body, "größe");
        Assert.Equal("naïve ☃ 𝄞", ((TemplateExpr)size.Expression).LiteralValue);
        Assert.Equal(Hcl.At(1, 9, 1, 21), size.Expression.Range);
        Assert.Equal(Hcl.At(2, 1, 2, 5), Hcl.Attr(file.Body, "next").NameRange);
    }

    [Fact]
    public void The_file_collects_its_comments_for_suppressions()
    {
        var file = Hcl.ParseValid("# tfsec:ignore:aws-s3-enable-versioning\nresource \"a\" \"b\" {} // trailing\n");
        Assert.Equal(["tfsec:ignore:aws-s3-enable-versioning", "trailing"], file.Comments.Select(c => c.Text.Trim()));
        Assert.Equal(Hcl.At(2, 21, 2, 32), file.Comments[1].Range);
        Assert.Equal("main.tf", file.Path);
    }

    [Fact]
    public void A_redefined_argument_is_reported_at_the_second_definition()
    {
        var result = HclParser.Parse("a = 1\nb = 2\na = 3\n", "main.tf");
        Assert.Equal(["3:1: Duplicate argument 'a': it is already set at line 1"], Hcl.Problems(result));
        Assert.Equal("1", ((NumberLiteralExpr)result.Value.Body.FindAttribute("a")!.Expression).Text);
    }

    [Fact]
    public void Same_named_blocks_are_not_duplicates()
    {
        Assert.Equal(2, Hcl.ParseValid("ingress {}\ningress {}\n").Body.BlocksOfType("ingress").Count());
    }
}
