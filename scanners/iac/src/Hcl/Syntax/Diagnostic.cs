using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>A syntax problem found while reading HCL: where it is and what is wrong.</summary>
/// <param name="Range">Where the problem is (for an unclosed construct: its opening delimiter).</param>
/// <param name="Message">What is wrong, in a sentence a user can act on.</param>
public sealed record Diagnostic(SourceRange Range, string Message)
{
    /// <summary>The problem as <c>line:column: message</c>.</summary>
    public override string ToString() => $"{Range.StartLine}:{Range.StartColumn}: {Message}";
}
