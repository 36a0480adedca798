namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// What a parse produced: always a value (with placeholders where the text was broken) and the problems found,
/// in source order. Malformed input is data about the file, never an exception.
/// </summary>
/// <typeparam name="T">The kind of tree produced.</typeparam>
/// <param name="Value">The tree, complete as far as the text allowed.</param>
/// <param name="Diagnostics">The syntax problems, ordered by position.</param>
public sealed record ParseResult<T>(T Value, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the text had at least one syntax problem.</summary>
    public bool HasErrors => Diagnostics.Count > 0;
}
