namespace Bulwark.Scanners.Packages.Extractors.Python;

/// <summary>
/// The lines of a requirements file as pip sees them: a line ending in a backslash continues on the next
/// (unless it is a comment), then a <c>#</c> at the start or after whitespace starts a comment.
/// </summary>
internal static class RequirementsLogicalLines
{
    /// <summary>Each non-empty logical line with the number of its first physical line.</summary>
    public static IEnumerable<(int Line, string Text)> Read(string text)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var first = index + 1;
            var line = lines[index].TrimEnd('\r');
            while (line.EndsWith('\\') && !line.TrimStart().StartsWith('#') && index + 1 < lines.Length)
            {
                line = line[..^1] + lines[++index].TrimEnd('\r');
            }

            if (line.EndsWith('\\'))
            {
                line = line[..^1];
            }

            var content = WithoutComment(line).Trim();
            if (content.Length > 0)
            {
                yield return (first, content);
            }
        }
    }

    private static string WithoutComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }

        return line;
    }
}
