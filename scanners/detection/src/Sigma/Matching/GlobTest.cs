using Bulwark.Scanners.Detection.Sigma.Model;

namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>
/// A Sigma string with wildcards inside it (<c>Trojan*FOUND</c>, <c>prog?.exe</c>). The pattern is fixed-length pieces
/// separated by <c>*</c>, so placing each piece at its leftmost fit is enough: no backtracking, linear time.
/// </summary>
internal sealed class GlobTest : IValueTest
{
    private readonly Piece[] _pieces;
    private readonly bool _openStart;
    private readonly bool _openEnd;
    private readonly StringComparison _comparison;

    public GlobTest(SigmaString pattern, StringComparison comparison)
    {
        var parts = pattern.Parts;
        _openStart = parts.Count > 0 && parts[0].Kind == SigmaPartKind.AnyChars;
        _openEnd = parts.Count > 0 && parts[^1].Kind == SigmaPartKind.AnyChars;
        _comparison = comparison;
        _pieces = Split(parts);
        var longest = _pieces.SelectMany(p => p.Runs()).MaxBy(t => t.Length);
        Literals = string.IsNullOrEmpty(longest) ? null : [new ValueLiteral(longest, LiteralPlace.Anywhere)];
    }

    public IReadOnlyList<ValueLiteral>? Literals { get; }

    public bool Test(string value)
    {
        var at = 0;
        var first = 0;
        var last = _pieces.Length - 1;
        if (!_openStart)
        {
            if (_pieces.Length == 0 || !MatchesAt(_pieces[0], value, 0))
            {
                return _pieces.Length == 0 && (value.Length == 0 || _openEnd);
            }

            at = _pieces[0].Length;
            first = 1;
        }

        var limit = value.Length;
        if (!_openEnd)
        {
            if (first > last)
            {
                return at == value.Length;
            }

            limit = value.Length - _pieces[last].Length;
            if (limit < at || !MatchesAt(_pieces[last], value, limit))
            {
                return false;
            }

            last--;
        }

        for (var i = first; i <= last; i++)
        {
            var found = Find(_pieces[i], value, at, limit);
            if (found < 0)
            {
                return false;
            }

            at = found + _pieces[i].Length;
        }

        return true;
    }

    private int Find(Piece piece, string value, int from, int limit)
    {
        if (!piece.HasOneChar)
        {
            var found = value.IndexOf(piece.Text, from, limit - from, _comparison);
            return found >= 0 && found + piece.Length <= limit ? found : -1;
        }

        for (var start = from; start + piece.Length <= limit; start++)
        {
            if (MatchesAt(piece, value, start))
            {
                return start;
            }
        }

        return -1;
    }

    private bool MatchesAt(Piece piece, string value, int start)
    {
        if (start + piece.Length > value.Length)
        {
            return false;
        }

        if (!piece.HasOneChar)
        {
            return value.AsSpan(start, piece.Length).Equals(piece.Text, _comparison);
        }

        for (var i = 0; i < piece.Length; i++)
        {
            if (!piece.Wild![i] && !value.AsSpan(start + i, 1).Equals(piece.Text.AsSpan(i, 1), _comparison))
            {
                return false;
            }
        }

        return true;
    }

    // A piece is the text between two '*'; a '?' in it is a placeholder character marked in Wild.
    private static Piece[] Split(IReadOnlyList<SigmaPart> parts)
    {
        var pieces = new List<Piece>();
        var text = new System.Text.StringBuilder();
        var wild = new List<bool>();
        foreach (var part in parts.Append(new SigmaPart(SigmaPartKind.AnyChars)))
        {
            if (part.Kind == SigmaPartKind.AnyChars)
            {
                if (text.Length > 0)
                {
                    pieces.Add(new Piece(text.ToString(), wild.Contains(true) ? [.. wild] : null));
                }

                text.Clear();
                wild.Clear();
                continue;
            }

            var piece = part.Kind == SigmaPartKind.OneChar ? "?" : part.Text;
            text.Append(piece);
            wild.AddRange(Enumerable.Repeat(part.Kind == SigmaPartKind.OneChar, piece.Length));
        }

        return [.. pieces];
    }

    private readonly record struct Piece(string Text, bool[]? Wild)
    {
        public int Length => Text.Length;

        public bool HasOneChar => Wild is not null;

        /// <summary>The runs of literal characters between the piece's '?'s.</summary>
        public IEnumerable<string> Runs()
        {
            var start = 0;
            for (var i = 0; i <= Length; i++)
            {
                if (i == Length || (Wild?[i] ?? false))
                {
                    yield return Text[start..i];
                    start = i + 1;
                }
            }
        }
    }
}
