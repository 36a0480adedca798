using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>A comment line: its text after <c>#</c>, and where it is.</summary>
/// <param name="Text">The text after <c>#</c>, trimmed.</param>
/// <param name="Range">Where the comment is, from <c>#</c> to the end of the line.</param>
internal sealed record DockerComment(string Text, SourceRange Range)
{
    /// <summary>The comment on line <paramref name="lineNumber"/>, whose first non-blank character is <c>#</c>.</summary>
    public static DockerComment FromLine(string line, int lineNumber)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return new DockerComment(line[(hash + 1)..].Trim(), SourceRange.Line(lineNumber, hash + 1, line.Length + 1));
    }
}
