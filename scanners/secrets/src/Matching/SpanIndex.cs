namespace Bulwark.Scanners.Secrets.Matching;

/// <summary>
/// Text spans sorted by start, answering "which spans touch this range" in logarithmic time, so a file with
/// thousands of matches costs n log n to redact and deduplicate rather than n².
/// </summary>
public sealed class SpanIndex
{
    private readonly (int Start, int End)[] _spans;
    private readonly int _longest;

    /// <summary>Indexes <paramref name="spans"/>.</summary>
    public SpanIndex(IEnumerable<(int Start, int End)> spans)
    {
        _spans = spans.OrderBy(s => s.Start).ThenBy(s => s.End).ToArray();
        _longest = _spans.Length == 0 ? 0 : _spans.Max(s => s.End - s.Start);
    }

    /// <summary>The spans that overlap [<paramref name="start"/>, <paramref name="end"/>), in order of start.</summary>
    public IEnumerable<(int Start, int End)> Overlapping(int start, int end)
    {
        // No span starting before start - longest can reach start, so begin the walk there.
        var from = LowerBound(start - _longest);
        for (var i = from; i < _spans.Length && _spans[i].Start < end; i++)
        {
            if (_spans[i].End > start)
            {
                yield return _spans[i];
            }
        }
    }

    /// <summary>Whether any span overlaps the range.</summary>
    public bool Any(int start, int end) => Overlapping(start, end).Any();

    private int LowerBound(int value)
    {
        int low = 0, high = _spans.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_spans[mid].Start < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
