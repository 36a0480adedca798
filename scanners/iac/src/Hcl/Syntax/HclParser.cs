namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// Parses HCL native syntax (Terraform's <c>.tf</c>, Packer's <c>.pkr.hcl</c>, …) into a syntax tree with exact
/// positions. Parsing never throws on bad input: problems come back as diagnostics beside a tree that holds
/// everything that could be read.
/// </summary>
public static class HclParser
{
    /// <summary>Parses a configuration file.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="path">The file's path, recorded in <see cref="ConfigFile.Path"/>.</param>
    public static ParseResult<ConfigFile> Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        var lexical = new List<Diagnostic>();
        var comments = new List<Comment>();
        try
        {
            var tokens = Lexer.Tokenize(text, template: false, line: 1, column: 1, lexical, comments);
            var parser = new Parser(text, tokens, closeBlocksByIndentation: false);
            var file = parser.ParseFile(path, comments);
            if (parser.HitUnclosedBlockAtEnd)
            {
                // One unclosed block would swallow every later block. Formatted HCL indents a block's content past
                // its header, so a second pass ends a block at the first line that is not, and the diagnostic
                // points at the block that lacks its '}' rather than at the end of the file.
                parser = new Parser(text, tokens, closeBlocksByIndentation: true);
                file = parser.ParseFile(path, comments);
            }

            return new(file, Sorted(lexical, parser.Diagnostics));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new(EmptyFile(path, comments), [InternalError(ex)]);
        }
    }

    /// <summary>
    /// Parses a standalone expression, such as one embedded in another format; newlines inside it are ignored.
    /// </summary>
    /// <param name="text">The expression's text.</param>
    /// <param name="line">The line the text starts on, so positions match the enclosing file.</param>
    /// <param name="column">The column the text starts at.</param>
    public static ParseResult<Expression> ParseExpression(string text, int line = 1, int column = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        try
        {
            var tokens = Lexer.Tokenize(text, template: false, line, column, diagnostics, []);
            var parser = new Parser(text, tokens, closeBlocksByIndentation: false);
            var expression = parser.ParseStandaloneExpression();
            return new(expression, Sorted(diagnostics, parser.Diagnostics));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new(new InvalidExpr(new(line, column, line, column)), [InternalError(ex)]);
        }
    }

    /// <summary>
    /// Parses a standalone template: text with <c>${…}</c> and <c>%{…}</c> sequences and no quotes around it, as
    /// in the strings of Terraform's JSON syntax. Backslash escapes are not special here, as in a heredoc.
    /// </summary>
    /// <param name="text">The template's text.</param>
    /// <param name="line">The line the text starts on, so positions match the enclosing file.</param>
    /// <param name="column">The column the text starts at.</param>
    public static ParseResult<TemplateExpr> ParseTemplate(string text, int line = 1, int column = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        try
        {
            var tokens = Lexer.Tokenize(text, template: true, line, column, diagnostics, []);
            var parser = new Parser(text, tokens, closeBlocksByIndentation: false);
            var template = parser.ParseStandaloneTemplate();
            return new(template, Sorted(diagnostics, parser.Diagnostics));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new(new TemplateExpr([], isHeredoc: false, new(line, column, line, column)), [InternalError(ex)]);
        }
    }

    private static List<Diagnostic> Sorted(List<Diagnostic> lexical, List<Diagnostic> syntactic)
    {
        var all = new List<Diagnostic>(lexical.Count + syntactic.Count);
        all.AddRange(lexical);
        all.AddRange(syntactic);

        // Stable, so problems at one position keep the order they were found in.
        return [.. all.OrderBy(d => d.Range.StartLine).ThenBy(d => d.Range.StartColumn)];
    }

    private static ConfigFile EmptyFile(string path, List<Comment> comments)
    {
        var range = new Model.SourceRange(1, 1, 1, 1);
        return new ConfigFile(path, new Body([], range), comments, range);
    }

    // A parser bug must cost one file, not the scan; the message says so plainly so it gets reported.
    private static Diagnostic InternalError(Exception ex) =>
        new(new(1, 1, 1, 1), $"Internal HCL parser error ({ex.GetType().Name}: {ex.Message}); the file was not analysed");
}
