using Bulwark.Scanners.Iac.Hcl.Syntax;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Tests.Hcl.Syntax;

/// <summary>Shortcuts for the HCL syntax tests.</summary>
internal static class Hcl
{
    /// <summary>Parses text that must be valid and returns its file.</summary>
    public static ConfigFile ParseValid(string text)
    {
        var result = HclParser.Parse(text, "main.tf");
        Assert.True(result.Diagnostics.Count == 0, "unexpected diagnostics: " + string.Join("; ", result.Diagnostics));
        return result.Value;
    }

    /// <summary>Parses <c>x = EXPRESSION</c> and returns the expression.</summary>
    public static Expression Expr(string expression) => Attr(ParseValid("x = " + expression + "\n").Body, "x").Expression;

    /// <summary>Renders <c>x = EXPRESSION</c> with <see cref="AstPrinter"/>.</summary>
    public static string Render(string expression) => AstPrinter.Print(Expr(expression));

    /// <summary>The attribute called <paramref name="name"/>, which must exist.</summary>
    public static HclAttribute Attr(Body body, string name) =>
        body.FindAttribute(name) ?? throw new Xunit.Sdk.XunitException($"no attribute '{name}'");

    /// <summary>A range written as the four numbers, for compact assertions.</summary>
    public static SourceRange At(int line, int column, int endLine, int endColumn) => new(line, column, endLine, endColumn);

    /// <summary>The diagnostics as <c>line:column: message</c> strings.</summary>
    public static string[] Problems<T>(ParseResult<T> result) => [.. result.Diagnostics.Select(d => d.ToString())];
}
