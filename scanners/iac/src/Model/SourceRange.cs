namespace Bulwark.Scanners.Iac.Model;

/// <summary>Where something is written: 1-based lines and columns, end inclusive of its last line.</summary>
/// <param name="StartLine">The first line.</param>
/// <param name="StartColumn">The column on the first line.</param>
/// <param name="EndLine">The last line.</param>
/// <param name="EndColumn">The column just after the end on the last line.</param>
public readonly record struct SourceRange(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>No position (a value made up by evaluation, such as a default).</summary>
    public static SourceRange None => default;

    /// <summary>True when the range points somewhere.</summary>
    public bool IsKnown => StartLine > 0;

    /// <summary>A range on one line.</summary>
    public static SourceRange Line(int line, int startColumn = 1, int endColumn = 1) => new(line, startColumn, line, endColumn);

    /// <summary>The smallest range covering both.</summary>
    public SourceRange Union(SourceRange other) =>
        !IsKnown ? other : !other.IsKnown ? this
        : new(Math.Min(StartLine, other.StartLine), StartLine <= other.StartLine ? StartColumn : other.StartColumn,
              Math.Max(EndLine, other.EndLine), EndLine >= other.EndLine ? EndColumn : other.EndColumn);
}
