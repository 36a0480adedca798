using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Ansible;

/// <summary>The file being loaded, for origins and for looking at how a value is written.</summary>
/// <param name="File">The path findings use.</param>
/// <param name="Lines">Its lines.</param>
internal sealed record AnsibleSource(string File, string[] Lines)
{
    /// <summary>"file:line" for messages.</summary>
    public string Where(SourceRange range) => $"{File}:{range.StartLine}";

    /// <summary>The text of a range on one line, or null.</summary>
    public string? Written(SourceRange range)
    {
        if (!range.IsKnown || range.StartLine != range.EndLine || range.StartLine > Lines.Length)
        {
            return null;
        }

        var line = Lines[range.StartLine - 1];
        var (start, end) = (range.StartColumn - 1, Math.Min(range.EndColumn - 1, line.Length));
        return start >= 0 && start <= end ? line[start..end] : null;
    }

    /// <summary>
    /// Where characters <paramref name="start"/>..<paramref name="end"/> of a scalar's value are, when that can be
    /// told (a scalar on one line; quotes skipped); otherwise the scalar's own range.
    /// </summary>
    public SourceRange Within(IacValue scalar, int start, int end)
    {
        var range = scalar.Range;
        if (Written(range) is not { Length: > 0 } written)
        {
            return range;
        }

        var offset = range.StartColumn + (written[0] is '"' or '\'' ? 1 : 0);
        return SourceRange.Line(range.StartLine, offset + start, offset + end);
    }
}
