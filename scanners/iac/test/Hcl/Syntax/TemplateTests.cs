using Bulwark.Scanners.Iac.Hcl.Syntax;

namespace Bulwark.Scanners.Iac.Tests.Hcl.Syntax;

public sealed class TemplateTests
{
    [Fact]
    public void Escapes_in_quoted_strings_are_decoded()
    {
        var value = ((TemplateExpr)Hcl.Expr("\"a\\nb\\rc\\td\\\"e\\\\f\\u00e9\\U0001F600\"")).LiteralValue;
        Assert.Equal("a\nb\rc\td\"e\\f\u00e9\U0001F600", value);
    }

    [Fact]
    public void Doubled_introducers_are_literal_text()
    {
        Assert.Equal("\"${not} %{not} $$ %% $x\"", Hcl.Render("\"$${not} %%{not} $$ %% $x\""));
        Assert.Equal("${not}", ((TemplateExpr)Hcl.Expr("\"$${not}\"")).LiteralValue);
    }

    [Fact]
    public void An_empty_string_is_a_template_with_no_parts()
    {
        var empty = (TemplateExpr)Hcl.Expr("\"\"");
        Assert.Empty(empty.Parts);
        Assert.Equal("", empty.LiteralValue);
    }

    [Fact]
    public void Interpolations_hold_expressions_and_record_positions()
    {
        var template = (TemplateExpr)Hcl.Expr("\"arn:aws:s3:::${var.bucket}/*\"");
        Assert.Equal("\"arn:aws:s3:::${var.bucket}/*\"", AstPrinter.Print(template));
        Assert.Null(template.LiteralValue);
        var interpolation = (TemplateInterpolation)template.Parts[1];
        Assert.Equal(Hcl.At(1, 19, 1, 32), interpolation.Range);
        Assert.Equal(Hcl.At(1, 21, 1, 31), interpolation.Expression.Range);
        Assert.Equal(Hcl.At(1, 6, 1, 19), template.Parts[0].Range);
    }

    [Fact]
    public void A_single_interpolation_unwraps_to_its_expression()
    {
        var template = (TemplateExpr)Hcl.Expr("\"${var.enabled}\"");
        Assert.Equal("var.enabled", AstPrinter.Print(template.UnwrappedExpression!));
        Assert.Null(((TemplateExpr)Hcl.Expr("\"x${a}\"")).UnwrappedExpression);
    }

    [Fact]
    public void Nested_braces_and_quotes_inside_an_interpolation_stay_inside_it()
    {
        Assert.Equal("\"${jsonencode({a = \"}\"})}\"", Hcl.Render("\"${jsonencode({a = \"}\"})}\""));
        Assert.Equal("\"x${\"in ${\"ner\"}\"}y\"", Hcl.Render("\"x${\"in ${\"ner\"}\"}y\""));
        Assert.Equal("\"${{for k, v in m : k => v}[\"a\"]}\"", Hcl.Render("\"${{for k, v in m : k => v}[\"a\"]}\""));
    }

    [Fact]
    public void An_interpolation_may_span_lines()
    {
        Assert.Equal("\"${(a + b)}\"", Hcl.Render("\"${\n  a +\n  b\n}\""));
    }

    [Fact]
    public void Strip_markers_trim_whitespace_next_to_the_sequence_only()
    {
        Assert.Equal("\"hello${\"world\"}\"", Hcl.Render("\"hello ${~ \"world\" }\""));
        Assert.Equal("\"${\"hello\"}${\" world\"}\"", Hcl.Render("\"${\"hello\" ~}${\" world\"}\""));
        Assert.Equal("\"a${b}c\"", Hcl.Render("\"a  ${~b~}  c\""));
        var interpolation = (TemplateInterpolation)((TemplateExpr)Hcl.Expr("\"${~b~}\"")).Parts[0];
        Assert.True(interpolation.StripBefore && interpolation.StripAfter);
    }

    [Fact]
    public void If_directives_have_optional_else_branches()
    {
        Assert.Equal("\"%{if var.on}yes%{else}no%{endif}\"", Hcl.Render("\"%{ if var.on }yes%{ else }no%{ endif }\""));
        Assert.Equal("\"a%{if x}b%{endif}c\"", Hcl.Render("\"a%{if x}b%{endif}c\""));
        var directive = (TemplateIf)((TemplateExpr)Hcl.Expr("\"%{if x}b%{endif}\"")).Parts[0];
        Assert.Empty(directive.Else);
        Assert.Equal(Hcl.At(1, 6, 1, 22), directive.Range);
    }

    [Fact]
    public void For_directives_with_strip_markers_trim_the_surrounding_lines()
    {
        var source = "<<EOT\n%{ for ip in var.ips ~}\nallow ${ip};\n%{ endfor ~}\nEOT";
        Assert.Equal("<<\"%{for ip in var.ips}allow ${ip};\\n%{endfor}\"", Hcl.Render(source));
        Assert.Equal("\"%{for i, v in l}${i}=${v},%{endfor}\"", Hcl.Render("\"%{ for i, v in l }${i}=${v},%{ endfor }\""));
    }

    [Fact]
    public void An_if_directive_strip_marker_removes_the_spaces_the_specification_says()
    {
        var template = (TemplateExpr)Hcl.Expr("\"%{ if true ~} hello %{~ endif }\"");
        var directive = (TemplateIf)template.Parts.Single();
        Assert.Equal("hello", ((TemplateLiteral)directive.Then.Single()).Value);
    }

    [Fact]
    public void Directives_nest()
    {
        var source = "\"%{for s in l}%{if s.on}${s.name}%{endif}%{endfor}\"";
        Assert.Equal("\"%{for s in l}%{if s.on}${s.name}%{endif}%{endfor}\"", Hcl.Render(source));
    }

    [Fact]
    public void A_heredoc_keeps_its_lines_and_interpolations()
    {
        var source = "<<EOT\n{\n  \"Bucket\": \"${aws_s3_bucket.b.arn}\"\n}\nEOT";
        var heredoc = (TemplateExpr)Hcl.Expr(source);
        Assert.True(heredoc.IsHeredoc);
        Assert.Equal("<<\"{\\n  \\\"Bucket\\\": \\\"${aws_s3_bucket.b.arn}\\\"\\n}\\n\"", AstPrinter.Print(heredoc));
        Assert.Equal(Hcl.At(1, 5, 5, 4), heredoc.Range);
        var interpolation = heredoc.Parts.OfType<TemplateInterpolation>().Single();
        Assert.Equal(Hcl.At(3, 14, 3, 36), interpolation.Range);
    }

    [Fact]
    public void An_indented_heredoc_removes_the_smallest_indentation_of_its_lines()
    {
        var file = Hcl.ParseValid("x = <<-EOT\n    line one\n      indented ${var.x}\n\n    last\n    EOT\ny = 1\n");
        var heredoc = (TemplateExpr)Hcl.Attr(file.Body, "x").Expression;
        Assert.Equal("<<\"line one\\n  indented ${var.x}\\n\\nlast\\n\"", AstPrinter.Print(heredoc));
        Assert.Equal(Hcl.At(6, 5, 6, 8), new Model.SourceRange(heredoc.Range.EndLine, 5, heredoc.Range.EndLine, heredoc.Range.EndColumn));
        Assert.Equal(Hcl.At(7, 1, 7, 2), Hcl.Attr(file.Body, "y").NameRange);
    }

    [Fact]
    public void A_plain_heredoc_keeps_indentation_and_does_not_decode_backslashes()
    {
        Assert.Equal("  a\\n\n    b\n", ((TemplateExpr)Hcl.Expr("<<EOT\n  a\\n\n    b\nEOT")).LiteralValue);
    }

    [Fact]
    public void A_heredoc_in_a_crlf_file_has_lf_line_ends()
    {
        var file = Hcl.ParseValid("x = <<EOT\r\na\r\nb\r\nEOT\r\ny = 2\r\n");
        Assert.Equal("a\nb\n", ((TemplateExpr)Hcl.Attr(file.Body, "x").Expression).LiteralValue);
        Assert.Equal(Hcl.At(5, 1, 5, 2), Hcl.Attr(file.Body, "y").NameRange);
    }

    [Fact]
    public void An_empty_heredoc_is_an_empty_template()
    {
        Assert.Equal("", ((TemplateExpr)Hcl.Expr("<<EOT\nEOT")).LiteralValue);
    }

    [Fact]
    public void Heredocs_can_appear_inside_calls_and_nest_inside_interpolations()
    {
        var source = "jsonencode(<<A\n${<<B\ninner\nB\n}\nA\n)";
        Assert.Equal("jsonencode(<<\"${<<\"inner\\n\"}\\n\")", Hcl.Render(source));
    }

    [Fact]
    public void A_standalone_template_reads_sequences_without_quotes()
    {
        var result = HclParser.ParseTemplate("arn:${var.partition}:s3:::\\n", line: 3, column: 20);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("\"arn:${var.partition}:s3:::\\\\n\"", AstPrinter.Print(result.Value));
        Assert.Equal(Hcl.At(3, 24, 3, 40), result.Value.Parts[1].Range);
    }

    [Fact]
    public void A_bad_escape_is_reported_at_its_column()
    {
        var result = HclParser.Parse("x = \"a\\qb\"\ny = \"\\u12\"\n", "main.tf");
        Assert.Equal(
            [
                "1:7: Invalid escape sequence '\\q'; the escapes are \\n \\r \\t \\\" \\\\ \\uNNNN and \\UNNNNNNNN",
                "2:6: Invalid escape sequence: '\\u' needs exactly 4 hexadecimal digits for a Unicode code point up to 10FFFF",
            ],
            Hcl.Problems(result));
    }

    [Fact]
    public void An_unclosed_if_directive_is_reported_at_its_opening()
    {
        var result = HclParser.Parse("x = \"%{ if a }b\"\n", "main.tf");
        Assert.Equal(["1:6: This %{if} directive has no matching %{endif}"], Hcl.Problems(result));
    }

    [Fact]
    public void A_stray_endfor_is_reported_and_the_rest_of_the_template_kept()
    {
        var result = HclParser.Parse("x = \"a%{ endfor }b\"\n", "main.tf");
        Assert.Equal(["1:7: Unexpected %{endfor}: there is no open %{if} or %{for} directive for it to belong to"], Hcl.Problems(result));
        Assert.Equal("ab", ((TemplateExpr)result.Value.Body.FindAttribute("x")!.Expression).LiteralValue);
    }
}
