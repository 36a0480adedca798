using Bulwark.Scanners.Secrets.Loading;

namespace Bulwark.Scanners.Secrets.Matching;

/// <summary>
/// Runs rule patterns over a text, but only in windows around keyword occurrences: the line holding the
/// keyword (at most <see cref="Reach"/> characters either side), or a longer stretch after it for multi-line
/// rules. A rule runs at most once per window, however often its keyword repeats on the line.
/// </summary>
public sealed class Matcher
{
    /// <summary>How far a window reaches from its keyword on one line: very long lines (minified code) are cut to this.</summary>
    public const int Reach = 4096;

    /// <summary>How far a multi-line rule's window reaches after its keyword; a 8192-bit PEM key is about 6.5 KB.</summary>
    public const int MultilineReach = 16384;

    private readonly IReadOnlyList<SecretRule> _rules;
    private readonly KeywordIndex _keywords;

    /// <summary>Prepares the keyword index of <paramref name="rules"/>.</summary>
    public Matcher(IReadOnlyList<SecretRule> rules)
    {
        _rules = rules;
        _keywords = new KeywordIndex(rules.Select(r => r.Keywords).ToList());
    }

    /// <summary>Every match of every rule in <paramref name="text"/>, each (rule, secret position) once.</summary>
    public List<RawMatch> Find(ReadOnlyMemory<char> text, Func<int, bool> ruleApplies)
    {
        var state = new State(this, text, ruleApplies);
        _keywords.FindHits(text.Span, ref state, static (ref State s, int offset, int length, int[] rules) => s.Hit(offset, length, rules));
        foreach (var rule in _keywords.RulesWithoutKeywords)
        {
            if (ruleApplies(rule))
            {
                state.Run(rule, 0, text.Length);
            }
        }

        return state.Matches;
    }

    private struct State(Matcher matcher, ReadOnlyMemory<char> text, Func<int, bool> ruleApplies)
    {
        private readonly int[] _coveredUntil = new int[matcher._rules.Count];
        private HashSet<(int Rule, int Secret)>? _seen;

        public List<RawMatch> Matches { get; } = [];

        public void Hit(int offset, int length, int[] rules)
        {
            var span = text.Span;
            foreach (var rule in rules)
            {
                if (offset < _coveredUntil[rule] || !ruleApplies(rule))
                {
                    continue;
                }

                var lineStart = span[..offset].LastIndexOf('\n') + 1;
                var start = Math.Max(lineStart, offset - Reach);
                var lineEnd = span[offset..].IndexOf('\n') is var n and >= 0 ? offset + n : span.Length;
                var end = matcher._rules[rule].Multiline
                    ? Math.Min(span.Length, offset + MultilineReach)
                    : Math.Min(lineEnd, offset + length + Reach);
                var lastEnd = Run(rule, start, end);
                _coveredUntil[rule] = matcher._rules[rule].Multiline ? Math.Max(lastEnd, lineEnd) : end;
            }
        }

        // Returns the end offset of the last match, or the window start when nothing matched.
        public int Run(int rule, int start, int end)
        {
            var pattern = matcher._rules[rule].Pattern;
            var group = matcher._rules[rule].SecretGroupNumber;
            var window = new string(text.Span[start..end]);
            var lastEnd = start;
            for (var m = pattern.Match(window); m.Success; m = m.NextMatch())
            {
                var secret = m.Groups[group];
                if (!secret.Success || secret.Length == 0)
                {
                    continue;
                }

                _seen ??= [];
                if (_seen.Add((rule, start + secret.Index)))
                {
                    Matches.Add(new RawMatch(rule, start + m.Index, m.Length, start + secret.Index, secret.Length));
                }

                lastEnd = start + m.Index + m.Length;
            }

            return lastEnd;
        }
    }
}
