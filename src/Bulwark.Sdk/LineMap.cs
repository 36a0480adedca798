namespace Bulwark.Sdk;

/// <summary>Maps character offsets in a text to 1-based line and column numbers, and lines back to text.</summary>
public sealed class LineMap
{
    private readonly ReadOnlyMemory<char> _text;
    private readonly List<int> _starts = [0];

    /// <summary>Indexes the line starts of <paramref name="text"/> (lines end at <c>\n</c>).</summary>
    public LineMap(ReadOnlyMemory<char> text)
    {
        _text = text;
        var span = text.Span;
        var offset = 0;
        while (true)
        {
            var next = span[offset..].IndexOf('\n');
            if (next < 0)
            {
                break;
            }

            offset += next + 1;
            _starts.Add(offset);
        }
    }

    /// <summary>The number of lines; a final line without a newline counts.</summary>
    public int LineCount => _starts[^1] == _text.Length && _starts.Count > 1 ? _starts.Count - 1 : _starts.Count;

    /// <summary>The 1-based line holding <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var index = _starts.BinarySearch(offset);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>The 1-based column of <paramref name="offset"/> on its line.</summary>
    public int ColumnOf(int offset) => offset - _starts[LineOf(offset) - 1] + 1;

    /// <summary>The offset where 1-based line <paramref name="line"/> starts.</summary>
    public int StartOf(int line) => _starts[Math.Clamp(line, 1, _starts.Count) - 1];

    /// <summary>The text of 1-based line <paramref name="line"/>, without its line ending.</summary>
    public ReadOnlySpan<char> Line(int line)
    {
        if (line < 1 || line > _starts.Count)
        {
            return [];
        }

        var start = _starts[line - 1];
        var end = line < _starts.Count ? _starts[line] - 1 : _text.Length;
        var span = _text.Span[start..end];
        return span.EndsWith('\r') ? span[..^1] : span;
    }
}
