using Bulwark.Scanners.Secrets.Loading;

namespace Bulwark.Scanners.Secrets.Matching;

/// <summary>
/// Runs rule patterns over a text, but only in windows around keyword occurrences: the line holding the
/// keyword (at most <see cref="Reach"/> characters either side), or a longer stretch after it for multi-line
/// rules. Windows of one rule that overlap on a line are merged before the rule runs, so it runs once however
/// often its keyword repeats, and a match near any occurrence is seen whole, even where it straddles the
/// window of an earlier occurrence.
/// </summary>
public sealed class Matcher
{
    /// <summary>How far a window reaches from its keyword on one line: very long lines (minified code) are cut to this.</summary>
    public const int Reach = 4096;

    /// <summary>How far a multi-line rule's window reaches after its keyword; a 8192-bit PEM key is about 6.5 KB.</summary>
    public const int MultilineReach = 16384;

    // A merged window stops growing here and the next one starts afresh (overlapping it by up to Reach), so a
    // huge minified line full of keywords is never copied into one huge string.
    private const int MaxWindow = 16 * Reach;

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
        state.FlushAll();
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
        private readonly (int Start, int End)[] _pending = new (int, int)[matcher._rules.Count];
        private HashSet<(int Rule, int Secret)>? _seen;

        public List<RawMatch> Matches { get; } = [];

        public void Hit(int offset, int length, int[] rules)
        {
            foreach (var rule in rules)
            {
                if (matcher._rules[rule].Multiline)
                {
                    HitMultiline(rule, offset);
                }
                else if (!Widen(rule, offset, offset + length + Reach))
                {
                    Flush(rule);
                    if (ruleApplies(rule))
                    {
                        _pending[rule] = (LineStart(offset), LineEnd(offset, offset + length + Reach));
                    }
                }
            }
        }

        public void FlushAll()
        {
            for (var rule = 0; rule < _pending.Length; rule++)
            {
                Flush(rule);
            }
        }

        private void HitMultiline(int rule, int offset)
        {
            if (offset < _coveredUntil[rule] || !ruleApplies(rule))
            {
                return;
            }

            var lastEnd = Run(rule, LineStart(offset), Math.Min(text.Length, offset + MultilineReach));
            _coveredUntil[rule] = Math.Max(lastEnd, LineEnd(offset, text.Length));
        }

        // Takes this occurrence's window (up to reach) into the rule's pending window when the two touch on one
        // line; false when they do not, or when the merged window would grow past MaxWindow.
        private bool Widen(int rule, int offset, int reach)
        {
            var (start, end) = _pending[rule];
            if (end == 0 || (offset >= end && LineStart(offset) > end))
            {
                return false;
            }

            if (reach <= end)
            {
                return true;
            }

            // Up to the pending end the line has no break, so only the new stretch is searched.
            var widened = LineEnd(Math.Max(offset, end), reach);
            if (widened - start > MaxWindow)
            {
                return false;
            }

            _pending[rule].End = widened;
            return true;
        }

        private void Flush(int rule)
        {
            var (start, end) = _pending[rule];
            if (end > 0)
            {
                _pending[rule] = default;
                Run(rule, start, end);
            }
        }

        // The start of the offset's line, or Reach characters back if the line starts further back.
        private readonly int LineStart(int offset)
        {
            var from = Math.Max(0, offset - Reach);
            var newline = text.Span[from..offset].LastIndexOf('\n');
            return newline < 0 ? from : from + newline + 1;
        }

        // The end of the offset's line (before its '\n'), or limit if the line goes on past it.
        private readonly int LineEnd(int offset, int limit)
        {
            var to = Math.Min(text.Length, limit);
            var newline = text.Span[offset..to].IndexOf('\n');
            return newline < 0 ? to : offset + newline;
        }

        // Returns the end offset of the last match, or the window start when nothing matched.
        public int Run(int rule, int start, int end)
        {
            var pattern = matcher._rules[rule].Pattern;
            var group = matcher._rules[rule].SecretGroupNumber;

            // Most windows hold no match: ask the span first, and only build a string (for groups) when one does.
            if (!pattern.IsMatch(text.Span[start..end]))
            {
                return start;
            }

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
