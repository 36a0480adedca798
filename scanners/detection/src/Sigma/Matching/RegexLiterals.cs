using System.Text.RegularExpressions;

namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>
/// Texts one of which every match of a regular expression contains, so a <c>|re</c> rule can join the prefilter instead
/// of running on every event: <c>-(W|R)\s</c> needs <c>-W</c> or <c>-R</c>. Only what is certain is kept; anything the
/// reading below does not fully understand gives no texts at all.
/// </summary>
/// <remarks>
/// Each part of the pattern is read as the set of texts it matches exactly when that set is small and known (a
/// character, a group of plain alternatives, zero-width assertions as the empty text) and otherwise as the best set
/// one of which it contains. Concatenating exact sets multiplies them; alternatives join their sets; a part that may
/// be skipped (<c>?</c>, <c>*</c>, <c>{0,n}</c>) requires nothing. The prefilter ignores case, which only widens
/// what a case-sensitive expression needs; an expression that itself ignores case is not read (its case folding is
/// not the prefilter's), nor one that ignores white space, and neither are inline options, conditionals,
/// back-references, nested character classes and escapes by code (<c>\x</c>, <c>\u</c>, <c>\p</c>).
/// </remarks>
internal static class RegexLiterals
{
    private const int MostTexts = 16;
    private const int ShortestUseful = 2;

    private static readonly string[] Empty = [""];

    /// <summary>Texts one of which every match contains (case aside), each at least two characters; null when none is certain.</summary>
    public static IReadOnlyList<ValueLiteral>? Required(string pattern, RegexOptions options)
    {
        if ((options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.ECMAScript)) != 0)
        {
            return null;
        }

        try
        {
            var at = 0;
            var read = Alternatives(pattern, ref at);
            if (at != pattern.Length)
            {
                return null;
            }

            var best = Better(read.Needed, read.Exact);
            return best is null || best.Min(t => t.Length) < ShortestUseful ? null : ValueLiteral.Anywhere(best);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    // What a part of the pattern tells: the texts it matches exactly (null: unknown or too many), and the best set of
    // texts one of which its every match contains (null: none known).
    private readonly record struct Part(string[]? Exact, string[]? Needed)
    {
        public static Part Nothing => new(null, null);
    }

    private static Part Alternatives(string pattern, ref int at)
    {
        var branches = new List<Part> { Sequence(pattern, ref at) };
        while (at < pattern.Length && pattern[at] == '|')
        {
            at++;
            branches.Add(Sequence(pattern, ref at));
        }

        if (branches.Count == 1)
        {
            return branches[0];
        }

        var exact = branches.All(b => b.Exact is not null) ? Capped(branches.SelectMany(b => b.Exact!)) : null;
        var each = branches.Select(b => Better(b.Needed, b.Exact)).ToList();
        var needed = each.Any(n => n is null || n.Contains("")) ? null : Capped(each.SelectMany(n => n!));
        return new Part(exact, needed);
    }

    private static Part Sequence(string pattern, ref int at)
    {
        // The exact texts of the parts since the last one that broke the run; whole while no part has.
        string[]? run = Empty;
        string[]? best = null;
        var whole = true;
        while (at < pattern.Length && pattern[at] is not ('|' or ')'))
        {
            var atom = Quantified(Atom(pattern, ref at), pattern, ref at);
            if (atom.Exact is not null && run is not null && Joined(run, atom.Exact) is { } longer)
            {
                run = longer;
                continue;
            }

            whole = false;
            best = Better(Better(best, run), atom.Needed);
            run = atom.Exact;
        }

        return new Part(whole ? run : null, Better(best, run));
    }

    private static Part Quantified(Part atom, string pattern, ref int at)
    {
        if (at >= pattern.Length)
        {
            return atom;
        }

        int least;
        switch (pattern[at])
        {
            case '*' or '?':
                least = 0;
                at++;
                break;
            case '+':
                least = 1;
                at++;
                break;
            case '{' when Bounds(pattern, ref at) is { } bounds:
                least = bounds;
                break;
            default:
                return atom;
        }

        if (at < pattern.Length && pattern[at] == '?')
        {
            at++;
        }

        // Repeated at least once, a part still needs what it needs, but its exact texts no longer join its neighbours'.
        return least == 0 ? Part.Nothing : new Part(null, Better(atom.Needed, atom.Exact));
    }

    // {n}, {n,} or {n,m}: the least count, with `at` past the closing brace; null (and `at` unmoved) for a literal brace.
    private static int? Bounds(string pattern, ref int at)
    {
        var close = pattern.IndexOf('}', at);
        if (close < 0)
        {
            return null;
        }

        var inside = pattern[(at + 1)..close].Split(',');
        if (inside.Length > 2 || !int.TryParse(inside[0], System.Globalization.NumberStyles.None, null, out var least)
            || (inside.Length == 2 && inside[1].Length > 0 && !int.TryParse(inside[1], System.Globalization.NumberStyles.None, null, out _)))
        {
            return null;
        }

        at = close + 1;
        return least;
    }

    private static Part Atom(string pattern, ref int at)
    {
        var c = pattern[at++];
        switch (c)
        {
            case '.':
                return Part.Nothing;
            case '^' or '$':
                return new Part(Empty, null);
            case '[':
                SkipClass(pattern, ref at);
                return Part.Nothing;
            case '(':
                return Group(pattern, ref at);
            case '\\':
                return Escape(pattern, ref at);
            case '*' or '+' or '?':
                throw new NotSupportedException("a quantifier with nothing to repeat");
            default:
                return new Part([c.ToString()], null);
        }
    }

    private static Part Group(string pattern, ref int at)
    {
        var lookaround = false;
        if (at < pattern.Length && pattern[at] == '?')
        {
            var rest = pattern.AsSpan(at + 1);
            if (rest.StartsWith(":") || rest.StartsWith(">"))
            {
                at += 2;
            }
            else if (rest.StartsWith("=") || rest.StartsWith("!"))
            {
                (at, lookaround) = (at + 2, true);
            }
            else if (rest.StartsWith("<=") || rest.StartsWith("<!"))
            {
                (at, lookaround) = (at + 3, true);
            }
            else if (rest.Length > 0 && rest[0] is '<' or '\'' && NameEnd(rest) is > 0 and var end)
            {
                at += 1 + end + 1;
            }
            else
            {
                throw new NotSupportedException("inline options, a conditional or a comment");
            }
        }

        var inside = Alternatives(pattern, ref at);
        if (at >= pattern.Length || pattern[at] != ')')
        {
            throw new NotSupportedException("an unclosed group");
        }

        at++;
        // A look-around matches no characters of its own.
        return lookaround ? new Part(Empty, null) : inside;
    }

    // The index in `rest` (which starts at < or ') of the name's closing > or ', for a plain group name.
    private static int NameEnd(ReadOnlySpan<char> rest)
    {
        var close = rest[0] == '<' ? '>' : '\'';
        var end = rest[1..].IndexOf(close) + 1;
        if (end <= 1)
        {
            return -1;
        }

        foreach (var n in rest[1..end])
        {
            if (!char.IsAsciiLetterOrDigit(n) && n != '_')
            {
                return -1;
            }
        }

        return end;
    }

    private static void SkipClass(string pattern, ref int at)
    {
        if (at < pattern.Length && pattern[at] == '^')
        {
            at++;
        }

        // A ] first is a member, not the end.
        if (at < pattern.Length && pattern[at] == ']')
        {
            at++;
        }

        while (at < pattern.Length)
        {
            switch (pattern[at++])
            {
                case ']':
                    return;
                case '[':
                    throw new NotSupportedException("a class inside a class");
                case '\\':
                    at++;
                    break;
            }
        }

        throw new NotSupportedException("an unclosed class");
    }

    private static Part Escape(string pattern, ref int at)
    {
        if (at >= pattern.Length)
        {
            throw new NotSupportedException("a trailing backslash");
        }

        var c = pattern[at++];
        if (!char.IsAsciiLetterOrDigit(c))
        {
            return new Part([c.ToString()], null);
        }

        return c switch
        {
            'd' or 'D' or 'w' or 'W' or 's' or 'S' => Part.Nothing,
            'b' or 'B' or 'A' or 'z' or 'Z' or 'G' => new Part(Empty, null),
            't' => new Part(["\t"], null),
            'n' => new Part(["\n"], null),
            'r' => new Part(["\r"], null),
            'f' => new Part(["\f"], null),
            'v' => new Part(["\v"], null),
            'e' => new Part(["\u001b"], null),
            'a' => new Part(["\a"], null),
            _ => throw new NotSupportedException("an escape by code, a property or a back-reference"),
        };
    }

    // Every text of `left` followed by every text of `right`; null when that makes too many.
    private static string[]? Joined(string[] left, string[] right) =>
        left.Length * right.Length > MostTexts ? null : [.. left.SelectMany(l => right.Select(r => l + r)).Distinct()];

    private static string[]? Capped(IEnumerable<string> texts)
    {
        var distinct = texts.Distinct().ToArray();
        return distinct.Length > MostTexts ? null : distinct;
    }

    // The more selective of two sets: the longer shortest text, then fewer texts. A set holding the empty text needs nothing.
    private static string[]? Better(string[]? a, string[]? b)
    {
        static int Shortest(string[]? s) => s is null || s.Length == 0 ? -1 : s.Min(t => t.Length);
        var (sa, sb) = (Shortest(a), Shortest(b));
        if (sa <= 0 && sb <= 0)
        {
            return null;
        }

        if (sa != sb)
        {
            return sa > sb ? a : b;
        }

        return a!.Length <= b!.Length ? a : b;
    }
}
