using System.Text.RegularExpressions;

namespace Bulwark.Scanners.Secrets.Loading;

/// <summary>
/// What an allowlist excludes: paths, commits, secrets, matched text or lines matching a regex, and secrets
/// containing a stopword. By default any one list is enough; with <see cref="RequireAll"/> every list that
/// is not empty must agree (gitleaks' <c>condition = "AND"</c>).
/// </summary>
public sealed class Allowlist
{
    /// <summary>An allowlist that excludes nothing.</summary>
    public static Allowlist Empty { get; } = new();

    /// <summary>Regexes tested against the secret value.</summary>
    public IReadOnlyList<Regex> Secrets { get; init; } = [];

    /// <summary>Regexes tested against the whole matched text.</summary>
    public IReadOnlyList<Regex> Matches { get; init; } = [];

    /// <summary>Regexes tested against the line(s) the match is on.</summary>
    public IReadOnlyList<Regex> Lines { get; init; } = [];

    /// <summary>Regexes tested against the file's relative path.</summary>
    public IReadOnlyList<Regex> Paths { get; init; } = [];

    /// <summary>Commit ids whose content is not reported.</summary>
    public IReadOnlyList<string> Commits { get; init; } = [];

    /// <summary>Lower-case words; a secret containing one is allowed.</summary>
    public IReadOnlyList<string> Stopwords { get; init; } = [];

    /// <summary>Rule ids this allowlist is limited to; empty means every rule.</summary>
    public IReadOnlySet<string> TargetRules { get; init; } = new HashSet<string>();

    /// <summary>When true, every non-empty list must match for a finding to be allowed.</summary>
    public bool RequireAll { get; init; }

    /// <summary>
    /// When true the list also applies to rules with <c>placeholders: false</c>, which otherwise skip global lists:
    /// a gitleaks config's allowlists are of this kind, as gitleaks applies them to every rule.
    /// </summary>
    public bool AppliesToEveryRule { get; init; }

    /// <summary>True when nothing is listed.</summary>
    public bool IsEmpty => Secrets.Count + Matches.Count + Lines.Count + Paths.Count + Commits.Count + Stopwords.Count == 0;

    /// <summary>Whether every finding in the file is allowed, judged by its path and commit alone.</summary>
    public bool AllowsFile(string path, string? commit)
    {
        if (RequireAll)
        {
            var contentLists = Secrets.Count + Matches.Count + Lines.Count + Stopwords.Count;
            return contentLists == 0 && (Paths.Count + Commits.Count) > 0
                && (Paths.Count == 0 || PathMatches(path)) && (Commits.Count == 0 || CommitMatches(commit));
        }

        return PathMatches(path) || CommitMatches(commit);
    }

    /// <summary>Whether one match is allowed.</summary>
    public bool Allows(string path, string? commit, string secret, string match, string line)
    {
        if (IsEmpty)
        {
            return false;
        }

        Span<bool?> verdicts =
        [
            Paths.Count == 0 ? null : PathMatches(path),
            Commits.Count == 0 ? null : CommitMatches(commit),
            Stopwords.Count == 0 ? null : ContainsStopword(secret),
            Secrets.Count == 0 ? null : Secrets.Any(r => r.IsMatch(secret)),
            Matches.Count == 0 ? null : Matches.Any(r => r.IsMatch(match)),
            Lines.Count == 0 ? null : Lines.Any(r => r.IsMatch(line)),
        ];
        var any = false;
        foreach (var verdict in verdicts)
        {
            if (verdict is null)
            {
                continue;
            }

            if (RequireAll && verdict == false)
            {
                return false;
            }

            any |= verdict.Value;
        }

        return any;
    }

    /// <summary>Whether this allowlist applies to matches of <paramref name="ruleId"/>.</summary>
    public bool Targets(string ruleId) => TargetRules.Count == 0 || TargetRules.Contains(ruleId);

    private bool PathMatches(string path) => Paths.Any(p => p.IsMatch(path));

    private bool CommitMatches(string? commit) =>
        commit is { Length: > 0 } && Commits.Any(c => commit.StartsWith(c, StringComparison.OrdinalIgnoreCase));

    private bool ContainsStopword(string secret)
    {
        var lower = secret.ToLowerInvariant();
        return Stopwords.Any(lower.Contains);
    }
}
