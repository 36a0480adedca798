using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// Text stitched together from pieces of several source lines (a continued instruction, a heredoc body) that
/// still knows where each character came from, so any slice of it maps back to an exact <see cref="SourceRange"/>.
/// </summary>
internal sealed class MappedText
{
    private readonly List<int> _offsets = [];
    private readonly List<(int Line, int Column)> _starts = [];
    private readonly System.Text.StringBuilder _text = new();
    private string? _frozen;

    /// <summary>The stitched text.</summary>
    public string Text => _frozen ??= _text.ToString();

    /// <summary>The length of the stitched text.</summary>
    public int Length => _text.Length;

    /// <summary>Appends <paramref name="piece"/>, which starts at <paramref name="line"/>:<paramref name="column"/> in the file.</summary>
    public void Append(string piece, int line, int column)
    {
        if (piece.Length == 0)
        {
            return;
        }

        _offsets.Add(_text.Length);
        _starts.Add((line, column));
        _text.Append(piece);
        _frozen = null;
    }

    /// <summary>The range of the characters from <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    public SourceRange Range(int start, int end)
    {
        if (_starts.Count == 0)
        {
            return SourceRange.None;
        }

        var (startLine, startColumn) = Position(start);
        if (end <= start)
        {
            return new SourceRange(startLine, startColumn, startLine, startColumn);
        }

        var (endLine, endColumn) = Position(end - 1);
        return new SourceRange(startLine, startColumn, endLine, endColumn + 1);
    }

    /// <summary>The range of the text between <paramref name="start"/> and <paramref name="end"/> with surrounding whitespace left out.</summary>
    public SourceRange TrimmedRange(int start, int end)
    {
        var text = Text;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return Range(start, end);
    }

    private (int Line, int Column) Position(int offset)
    {
        offset = Math.Clamp(offset, 0, Math.Max(0, _text.Length - 1));
        var index = _offsets.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        var (line, column) = _starts[index];
        return (line, column + offset - _offsets[index]);
    }
}
