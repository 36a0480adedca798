using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// One token: its kind, its character offsets in the source (text is sliced only when a node needs it) and its
/// 1-based start position. No token spans a line end (a heredoc line's literal ends just after its newline, on
/// the same line), so the end position follows from the length; that keeps tokens at 20 bytes.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column)
{
    /// <summary>The line of the last character.</summary>
    public int EndLine => Line;

    /// <summary>The column just after the last character.</summary>
    public int EndColumn => Column + (End - Start);

    /// <summary>Where the token is.</summary>
    public SourceRange Range => new(Line, Column, Line, EndColumn);

    /// <summary>A zero-width range at the token's start, for things that are missing before it.</summary>
    public SourceRange StartRange => new(Line, Column, Line, Column);

    /// <summary>The number of source characters the token covers.</summary>
    public int Length => End - Start;
}
