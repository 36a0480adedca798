using System.Text.RegularExpressions;

namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// Composer's version normalisation (<c>VersionParser::normalize</c>), which turns what a user or a registry wrote
/// into the four-part form that PHP's <c>version_compare</c> then orders: <c>v1.2</c> → <c>1.2.0.0</c>,
/// <c>1.0.0beta2</c> → <c>1.0.0.0-beta2</c>, <c>2.1-RC.1</c> → <c>2.1.0.0-RC1</c>, <c>1.0.x-dev</c> →
/// <c>1.0.9999999.9999999-dev</c>. Stability flags are <c>stable</c>, <c>beta</c>/<c>b</c>, <c>RC</c>,
/// <c>alpha</c>/<c>a</c>, <c>patch</c>/<c>pl</c>/<c>p</c>, then an optional <c>dev</c>; build metadata after
/// <c>+</c> is dropped. Regular expressions run here, once per version, never while comparing.
/// </summary>
internal static partial class ComposerNormalizer
{
    // The number Composer gives a branch's wildcard part ("1.0.x-dev" → "1.0.9999999.9999999-dev").
    private const long BranchWildcard = 9999999;

    private const string Modifier = @"[._-]?(?:(?<stability>stable|beta|b|RC|alpha|a|patch|pl|p)(?<numbers>(?:[.-]?\d+)*))?(?<dev>[.-]?dev)?";

    /// <summary>
    /// The comparison tokens of a version, or null when Composer would not accept it as a version (including branch
    /// names such as <c>dev-main</c>, which have no place in the order).
    /// </summary>
    public static ComposerToken[]? Normalize(string text)
    {
        var s = text.Trim();
        var plus = s.IndexOf('+');
        if (plus > 0 && plus < s.Length - 1)
        {
            s = s[..plus];
        }

        if (Classical().Match(s) is { Success: true } classical)
        {
            var numbers = new List<long>(4);
            if (!AddNumbers(numbers, classical.Groups["release"].Value))
            {
                return null;
            }

            while (numbers.Count < 4)
            {
                numbers.Add(0);
            }

            return Tokens(numbers, classical);
        }

        if (DateBased().Match(s) is { Success: true } date)
        {
            var numbers = new List<long>(6);
            return AddNumbers(numbers, date.Groups["release"].Value) ? Tokens(numbers, date) : null;
        }

        return Branch().Match(s) is { Success: true } branch ? BranchTokens(branch.Groups["release"].Value) : null;
    }

    private static ComposerToken[]? Tokens(List<long> numbers, Match match)
    {
        var tokens = numbers.Select(ComposerToken.Number).ToList();
        var stability = match.Groups["stability"];
        var stable = stability.Success && stability.Value.Equals("stable", StringComparison.OrdinalIgnoreCase);
        if (stability.Success && !stable)
        {
            tokens.Add(ComposerToken.Special(stability.Value.ToLowerInvariant() switch
            {
                "alpha" or "a" => ComposerToken.Alpha,
                "beta" or "b" => ComposerToken.Beta,
                "rc" => ComposerToken.ReleaseCandidate,
                _ => ComposerToken.Patch,
            }));
            var stabilityNumbers = new List<long>(2);
            if (!AddNumbers(stabilityNumbers, match.Groups["numbers"].Value))
            {
                return null;
            }

            tokens.AddRange(stabilityNumbers.Select(ComposerToken.Number));
        }

        // Composer returns as soon as it sees "stable", so "1.0-stable-dev" is plain 1.0.0.0.
        if (match.Groups["dev"].Success && !stable)
        {
            tokens.Add(ComposerToken.Special(ComposerToken.Dev));
        }

        return [.. tokens];
    }

    // VersionParser::normalizeBranch: "1.x" → 1.9999999.9999999.9999999-dev.
    private static ComposerToken[]? BranchTokens(string release)
    {
        var tokens = new List<ComposerToken>(5);
        foreach (var part in release.TrimStart('v', 'V').Split('.'))
        {
            if (part is "x" or "X" or "*")
            {
                tokens.Add(ComposerToken.Number(BranchWildcard));
            }
            else if (Digits.TryParse(part, out var number))
            {
                tokens.Add(ComposerToken.Number(number));
            }
            else
            {
                return null;
            }
        }

        while (tokens.Count < 4)
        {
            tokens.Add(ComposerToken.Number(BranchWildcard));
        }

        tokens.Add(ComposerToken.Special(ComposerToken.Dev));
        return [.. tokens];
    }

    // Every digit run in the text, in order; false when one is too long to be a version number.
    private static bool AddNumbers(List<long> numbers, string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var end = Digits.RunEnd(text, i);
            if (end == i)
            {
                i++;
                continue;
            }

            if (!Digits.TryParse(text.AsSpan(i, end - i), out var number))
            {
                return false;
            }

            numbers.Add(number);
            i = end;
        }

        return true;
    }

    [GeneratedRegex(@"^v?(?<release>(?>\d{1,5})(?:\.\d+){0,3})" + Modifier + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Classical();

    [GeneratedRegex(@"^v?(?<release>\d{4}(?:[.:-]?\d{2}){1,6}(?:[.:-]?\d{1,3}){0,2})" + Modifier + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DateBased();

    [GeneratedRegex(@"^(?<release>v?\d+(?:\.(?:\d+|[x*])){0,3})[.-]?dev$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Branch();
}
