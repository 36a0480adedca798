using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Yaml;

/// <summary>Position arithmetic over value trees that the YAML conversion does not do itself.</summary>
internal static class IacPositions
{
    /// <summary>Moves a range <paramref name="lines"/> lines down; an unknown range stays unknown.</summary>
    public static SourceRange Move(SourceRange range, int lines) =>
        !range.IsKnown || lines == 0 ? range : range with { StartLine = range.StartLine + lines, EndLine = range.EndLine + lines };

    /// <summary>The same tree with every range moved <paramref name="lines"/> lines down (a chunk parsed on its own).</summary>
    public static IacValue Shift(IacValue value, int lines) => lines == 0 ? value : value switch
    {
        IacObject o => o with
        {
            Members = o.Members.Select(m => m with { KeyRange = Move(m.KeyRange, lines), Value = Shift(m.Value, lines) }).ToList(),
            Range = Move(o.Range, lines),
        },
        IacList l => l with { Items = l.Items.Select(i => Shift(i, lines)).ToList(), Range = Move(l.Range, lines) },
        _ => value with { Range = Move(value.Range, lines) },
    };

    /// <summary>
    /// Where a value is written, start to end. A mapping or sequence read from YAML only knows where it starts,
    /// so its end is the end of its last written leaf.
    /// </summary>
    public static SourceRange Extent(IacValue value)
    {
        var start = value.Range;
        var end = LastEnd(value, start);
        return start.IsKnown ? start with { EndLine = end.EndLine, EndColumn = end.EndColumn } : end;
    }

    /// <summary>From the start of a member's key to the end of its value.</summary>
    public static SourceRange Extent(IacMember member)
    {
        var end = LastEnd(member.Value, member.KeyRange);
        return member.KeyRange with { EndLine = end.EndLine, EndColumn = end.EndColumn };
    }

    private static SourceRange LastEnd(IacValue value, SourceRange best)
    {
        switch (value)
        {
            case IacObject o:
                foreach (var m in o.Members)
                {
                    best = Later(best, m.KeyRange);
                    best = LastEnd(m.Value, best);
                }

                return best;
            case IacList l:
                return l.Items.Aggregate(best, (b, item) => LastEnd(item, b));
            default:
                return Later(best, Trimmed(value.Range));
        }
    }

    // A block scalar's range ends at column 1 of the line after its text; that line is not part of it.
    private static SourceRange Trimmed(SourceRange range) =>
        range.IsKnown && range.EndColumn == 1 && range.EndLine > range.StartLine ? range with { EndLine = range.EndLine - 1 } : range;

    private static SourceRange Later(SourceRange a, SourceRange b) =>
        !b.IsKnown ? a : !a.IsKnown ? b
        : (b.EndLine, b.EndColumn).CompareTo((a.EndLine, a.EndColumn)) > 0 ? b : a;
}
