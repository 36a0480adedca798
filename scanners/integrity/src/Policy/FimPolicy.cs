using Bulwark.Rules;

namespace Bulwark.Scanners.Integrity.Policy;

/// <summary>
/// What a baseline watches: path rules (the most specific path wins), exclusions, and whether unchanged-looking files
/// are re-hashed. Its text is stored in the signed baseline, so a check compares what the baseline recorded.
/// </summary>
/// <param name="Rules">The rules, in the file's order.</param>
/// <param name="Excludes">Glob patterns of paths (and the trees under them) never recorded.</param>
/// <param name="SkipUnchanged">Re-use the baseline's hash when size, mtime, ctime and inode are unchanged (off by default, as in AIDE).</param>
/// <param name="Text">The policy file's text.</param>
internal sealed record FimPolicy(IReadOnlyList<WatchRule> Rules, IReadOnlyList<PathGlob> Excludes, bool SkipUnchanged, string Text)
{
    /// <summary>The rule for <paramref name="path"/>: the longest rule path that is it or, for recursive rules, an ancestor.</summary>
    public WatchRule? RuleFor(string path)
    {
        // Deeper rules win; at the same depth, the one with more literal segments (/home/alice/.ssh over /home/*/.ssh);
        // then the later one in the file.
        WatchRule? best = null;
        var bestRank = (Depth: -1, Literals: -1);
        foreach (var rule in Rules)
        {
            var depth = Covers(rule, path);
            if (depth < 0)
            {
                continue;
            }

            var rank = (depth, rule.Path.Split('/').Count(s => s.Length > 0 && !SegmentPattern.HasWildcard(s)));
            if (rank.CompareTo(bestRank) >= 0)
            {
                best = rule;
                bestRank = rank;
            }
        }

        return best;
    }

    /// <summary>
    /// Whether some rule names a path strictly under <paramref name="directory"/>: when none does, everything below the
    /// directory falls under the directory's own rule, and the walk need not ask again for each file.
    /// </summary>
    public bool HasRuleBelow(string directory)
    {
        var segments = Segments(directory);
        return Rules.Any(rule =>
        {
            var ruleSegments = Segments(rule.Path);
            return ruleSegments.Length > segments.Length && segments.Select((s, i) => SegmentPattern.Matches(ruleSegments[i], s)).All(m => m);
        });
    }

    /// <summary>Whether <paramref name="path"/> is excluded.</summary>
    public bool IsExcluded(string path) => Excludes.Count > 0 && Excludes.Any(e => e.IsMatch(path[1..]));

    // How specific the match is (segments matched), or -1 when the rule does not cover the path.
    private static int Covers(WatchRule rule, string path)
    {
        var ruleSegments = Segments(rule.Path);
        var pathSegments = Segments(path);
        if (pathSegments.Length < ruleSegments.Length || (!rule.Recurse && pathSegments.Length != ruleSegments.Length))
        {
            return -1;
        }

        for (var i = 0; i < ruleSegments.Length; i++)
        {
            if (!SegmentPattern.Matches(ruleSegments[i], pathSegments[i]))
            {
                return -1;
            }
        }

        return ruleSegments.Length;
    }

    private static string[] Segments(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
