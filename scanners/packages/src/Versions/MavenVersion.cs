namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// A Maven version ordered by the POM reference's "Version Order Specification" (ComparableVersion): the text is
/// split into number and qualifier tokens at <c>.</c>, <c>-</c> and switches between digits and letters (a switch
/// counts as <c>-</c>), empty tokens are 0; trailing nulls (0, <c>""</c>, <c>ga</c>, <c>final</c>,
/// <c>release</c>) are trimmed, and again before each remaining <c>-</c> from the end to the start; then the token
/// lists compare position by position, the shorter padded with nulls.
/// </summary>
/// <remarks>
/// Maven 3.9 and 4 differ from the specification in a few corners (they make <c>2.0.x</c> equal to <c>2-x</c>); this
/// follows the specification, as OSV's Maven ranges do.
/// </remarks>
internal sealed class MavenVersion : ParsedVersion<MavenVersion>
{
    private readonly MavenToken[] tokens;

    private MavenVersion(string text, MavenToken[] tokens)
        : base(text) => this.tokens = tokens;

    /// <summary>The tokens after trimming, for tests and diagnostics.</summary>
    public IReadOnlyList<MavenToken> Tokens => tokens;

    /// <summary>
    /// The version, or null for empty text or text with whitespace or control characters; Maven itself orders any
    /// other string.
    /// </summary>
    public static MavenVersion? Parse(string text)
    {
        if (text.Length == 0 || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return null;
        }

        return new MavenVersion(text, Trim(Tokenize(text.ToLowerInvariant())));
    }

    /// <inheritdoc/>
    public override int CompareTo(MavenVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var length = Math.Max(tokens.Length, other.tokens.Length);
        for (var i = 0; i < length; i++)
        {
            var result = i >= tokens.Length ? -other.tokens[i].CompareToPadding()
                : i >= other.tokens.Length ? tokens[i].CompareToPadding()
                : tokens[i].CompareTo(other.tokens[i]);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var token in tokens)
        {
            token.AddTo(ref hash);
        }

        return hash.ToHashCode();
    }

    private static List<MavenToken> Tokenize(string s)
    {
        var tokens = new List<MavenToken>(6);
        var afterHyphen = false;
        var start = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i == s.Length || s[i] is '.' or '-')
            {
                tokens.Add(MavenToken.Create(s.AsSpan(start, i - start), afterHyphen, followedByDigit: false));
                afterHyphen = i < s.Length && s[i] == '-';
                start = i + 1;
            }
            else if (i > start && Digits.Is(s[i]) != Digits.Is(s[i - 1]))
            {
                tokens.Add(MavenToken.Create(s.AsSpan(start, i - start), afterHyphen, followedByDigit: Digits.Is(s[i])));
                afterHyphen = true;
                start = i;
            }
        }

        return tokens;
    }

    // "1.0.0-foo.0.0" → "1-foo": nulls go from the end, then from before each remaining hyphen, end to start.
    private static MavenToken[] Trim(List<MavenToken> tokens)
    {
        while (tokens.Count > 0 && tokens[^1].IsNull)
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        for (var i = tokens.Count - 1; i > 0; i--)
        {
            if (!tokens[i].AfterHyphen)
            {
                continue;
            }

            while (i > 0 && tokens[i - 1].IsNull)
            {
                tokens.RemoveAt(i - 1);
                i--;
            }
        }

        return [.. tokens];
    }
}
