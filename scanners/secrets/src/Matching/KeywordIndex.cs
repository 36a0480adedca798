using System.Buffers;

namespace Bulwark.Scanners.Secrets.Matching;

/// <summary>
/// Finds every occurrence of any rule keyword in a text with one vectorised pass (<see cref="SearchValues{T}"/>
/// picks Teddy or Aho–Corasick), and says which rules each occurrence wakes. Regexes run only near these.
/// </summary>
public sealed class KeywordIndex
{
    private readonly SearchValues<string>? _search;
    private readonly Dictionary<char, (string Keyword, int[] Rules)[]> _byFirstChar;

    /// <summary>Indexes the keywords of each rule; <paramref name="keywordsPerRule"/>[i] belongs to rule i.</summary>
    public KeywordIndex(IReadOnlyList<IReadOnlyList<string>> keywordsPerRule)
    {
        var rulesByKeyword = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var always = new List<int>();
        for (var rule = 0; rule < keywordsPerRule.Count; rule++)
        {
            if (keywordsPerRule[rule].Count == 0)
            {
                always.Add(rule);
            }

            foreach (var keyword in keywordsPerRule[rule])
            {
                if (!rulesByKeyword.TryGetValue(keyword, out var list))
                {
                    rulesByKeyword[keyword] = list = [];
                }

                list.Add(rule);
            }
        }

        RulesWithoutKeywords = [.. always];
        _byFirstChar = rulesByKeyword
            .GroupBy(pair => char.ToLowerInvariant(pair.Key[0]))
            .ToDictionary(g => g.Key, g => g.Select(pair => (pair.Key, pair.Value.ToArray())).ToArray());
        if (rulesByKeyword.Count > 0)
        {
            _search = SearchValues.Create([.. rulesByKeyword.Keys], StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Rules that declared no keyword and so must look at every file.</summary>
    public int[] RulesWithoutKeywords { get; }

    /// <summary>Calls <paramref name="onHit"/> with the offset and woken rules of each keyword occurrence, in text order.</summary>
    public void FindHits<TState>(ReadOnlySpan<char> text, ref TState state, HitHandler<TState> onHit)
    {
        if (_search is null)
        {
            return;
        }

        var offset = 0;
        while (offset < text.Length)
        {
            var found = text[offset..].IndexOfAny(_search);
            if (found < 0)
            {
                return;
            }

            var at = offset + found;
            if (_byFirstChar.TryGetValue(char.ToLowerInvariant(text[at]), out var candidates))
            {
                var rest = text[at..];
                foreach (var (keyword, rules) in candidates)
                {
                    if (rest.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
                    {
                        onHit(ref state, at, keyword.Length, rules);
                    }
                }
            }

            offset = at + 1;
        }
    }
}

/// <summary>Receives one keyword occurrence: where it is, how long the keyword is, and which rules it wakes.</summary>
public delegate void HitHandler<TState>(ref TState state, int offset, int length, int[] rules);
