using Bulwark.Scanners.Iac.Hcl.Syntax;

namespace Bulwark.Scanners.Iac.Tests.Hcl.Syntax;

public sealed class LexerTests
{
    private static List<Token> Tokens(string text, List<Comment>? comments = null, List<Diagnostic>? diagnostics = null) =>
        Lexer.Tokenize(text, template: false, line: 1, column: 1, diagnostics ?? [], comments ?? []);

    private static string[] Kinds(string text) => [.. Tokens(text).Select(t => t.Kind.ToString())];

    private static string[] Texts(string text, TokenKind kind) =>
        [.. Tokens(text).Where(t => t.Kind == kind).Select(t => text[t.Start..t.End])];

    [Fact]
    public void Identifiers_may_contain_dashes_underscores_digits_and_unicode_letters()
    {
        Assert.Equal(["foo-bar_baz", "_x1", "ünïcødé", "名前", "a--b-"], Texts("foo-bar_baz _x1 ünïcødé 名前 a--b-", TokenKind.Identifier));
    }

    [Fact]
    public void Numbers_have_optional_fraction_and_exponent_parts()
    {
        Assert.Equal(["1", "1.5", "1e3", "2E-2", "1.5e+10", "007"], Texts("1 1.5 1e3 2E-2 1.5e+10 007", TokenKind.Number));
    }

    [Fact]
    public void A_dot_not_followed_by_a_digit_ends_a_number_so_legacy_indexes_lex()
    {
        Assert.Equal(["Identifier", "Dot", "Number", "Dot", "Identifier", "EndOfFile"], Kinds("foo.0.bar"));
        Assert.Equal(["Number", "Identifier", "Identifier", "EndOfFile"], Kinds("1e x"));
    }

    [Fact]
    public void Every_operator_and_delimiter_is_one_token()
    {
        var kinds = Kinds("+ - * / % && || ! == != < > <= >= = => : :: ? . ... , ( ) [ ] { }");
        Assert.Equal(
            [
                "Plus", "Minus", "Star", "Slash", "Percent", "And", "Or", "Bang", "EqualEqual", "NotEqual", "Less", "Greater",
                "LessEqual", "GreaterEqual", "Equal", "FatArrow", "Colon", "DoubleColon", "Question", "Dot", "Ellipsis",
                "Comma", "LParen", "RParen", "LBracket", "RBracket", "LBrace", "RBrace", "EndOfFile",
            ],
            kinds);
    }

    [Fact]
    public void Newlines_are_tokens_and_a_crlf_is_one_newline()
    {
        var tokens = Tokens("a\r\nb\n");
        Assert.Equal([TokenKind.Identifier, TokenKind.Newline, TokenKind.Identifier, TokenKind.Newline, TokenKind.EndOfFile], tokens.Select(t => t.Kind));
        Assert.Equal((2, 1), (tokens[2].Line, tokens[2].Column));
        Assert.Equal(2, tokens[1].Length);
    }

    [Fact]
    public void Comments_of_all_three_styles_are_collected_not_tokenized()
    {
        var comments = new List<Comment>();
        var tokens = Tokens("a # one\nb // two\nc /* three\nlines */ d\n", comments);
        Assert.Equal(
            ["Identifier", "Newline", "Identifier", "Newline", "Identifier", "Identifier", "Newline", "EndOfFile"],
            tokens.Select(t => t.Kind.ToString()));
        Assert.Equal([" one", " two", " three\nlines "], comments.Select(c => c.Text));
        Assert.Equal([CommentStyle.Hash, CommentStyle.DoubleSlash, CommentStyle.Block], comments.Select(c => c.Style));
        Assert.Equal(Hcl.At(3, 3, 4, 9), comments[2].Range);
        Assert.Equal((4, 10), (tokens[5].Line, tokens[5].Column));
    }

    [Fact]
    public void A_line_comment_stops_before_a_crlf()
    {
        var comments = new List<Comment>();
        Tokens("a # note\r\nb", comments);
        Assert.Equal(" note", comments[0].Text);
    }

    [Fact]
    public void A_quoted_string_with_an_interpolation_becomes_template_tokens()
    {
        Assert.Equal(
            ["OpenQuote", "QuotedLiteral", "TemplateInterp", "Identifier", "TemplateSeqEnd", "QuotedLiteral", "CloseQuote", "EndOfFile"],
            Kinds("\"a${b}c\""));
    }

    [Fact]
    public void Braces_and_quotes_inside_an_interpolation_do_not_end_it()
    {
        var text = "\"${ {a = \"}\"} }\"";
        Assert.Equal(
            [
                "OpenQuote", "TemplateInterp", "LBrace", "Identifier", "Equal", "OpenQuote", "QuotedLiteral", "CloseQuote",
                "RBrace", "TemplateSeqEnd", "CloseQuote", "EndOfFile",
            ],
            Kinds(text));
    }

    [Fact]
    public void Doubled_introducers_and_backslash_escapes_stay_inside_the_literal()
    {
        Assert.Equal(["a $${b} %%{c} \\\" d"], Texts("\"a $${b} %%{c} \\\" d\"", TokenKind.QuotedLiteral));
    }

    [Fact]
    public void A_heredoc_is_an_opener_one_literal_per_line_and_a_closer()
    {
        var text = "x = <<EOT\nhello\n  world\nEOT\n";
        Assert.Equal(
            ["Identifier", "Equal", "OpenHeredoc", "HeredocLiteral", "HeredocLiteral", "CloseHeredoc", "Newline", "EndOfFile"],
            Kinds(text));
        Assert.Equal(["hello\n", "  world\n"], Texts(text, TokenKind.HeredocLiteral));
        var closer = Tokens(text).Single(t => t.Kind == TokenKind.CloseHeredoc);
        Assert.Equal(Hcl.At(4, 1, 4, 4), closer.Range);
    }

    [Fact]
    public void A_heredoc_marker_inside_a_line_does_not_close_it()
    {
        Assert.Equal(["EOT is not alone\n", "  EOTX\n"], Texts("<<EOT\nEOT is not alone\n  EOTX\n  EOT\n", TokenKind.HeredocLiteral));
    }

    [Fact]
    public void A_character_that_starts_no_token_is_an_invalid_token_at_its_position()
    {
        var invalid = Tokens("a = 1\nb = @\n").Single(t => t.Kind == TokenKind.Invalid);
        Assert.Equal(Hcl.At(2, 5, 2, 6), invalid.Range);
    }

    [Fact]
    public void A_tab_counts_as_one_column()
    {
        var b = Tokens("\t\tb").First();
        Assert.Equal((1, 3), (b.Line, b.Column));
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_and_does_not_shift_columns()
    {
        var a = Tokens("\uFEFFa = 1").First();
        Assert.Equal((TokenKind.Identifier, 1, 1), (a.Kind, a.Line, a.Column));
    }

    [Fact]
    public void An_unterminated_block_comment_is_reported_at_its_start()
    {
        var diagnostics = new List<Diagnostic>();
        Tokens("a = 1\n  /* never closed\n", diagnostics: diagnostics);
        Assert.Equal("2:3: Unterminated comment: this '/*' has no matching '*/'", Assert.Single(diagnostics).ToString());
    }
}
