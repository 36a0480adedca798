namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// An Alpine package version, <c>digit{.digit}...{letter}{_suffix{digits}}...{~hash}{-r#}</c>, ordered as apk-tools
/// orders it: token by token while both versions have tokens of the same kind; when the kinds part, a pre-release
/// suffix (<c>_alpha</c>, <c>_beta</c>, <c>_pre</c>, <c>_rc</c>) makes its version older, and otherwise the version
/// whose next token is of an earlier kind is newer. So <c>1.2_rc1 &lt; 1.2 &lt; 1.2-r1 &lt; 1.2_p1 &lt; 1.2a &lt; 1.2.1</c>.
/// </summary>
internal sealed class ApkVersion : ParsedVersion<ApkVersion>
{
    private readonly ApkToken[] tokens;

    private ApkVersion(string text, ApkToken[] tokens)
        : base(text) => this.tokens = tokens;

    /// <summary>The version, or null when apk would not accept <paramref name="text"/> (its <c>apk_version_validate</c>).</summary>
    public static ApkVersion? Parse(string text)
    {
        var end = Digits.RunEnd(text, 0);
        if (end == 0)
        {
            return null;
        }

        var tokens = new List<ApkToken>(6) { new(ApkTokenKind.InitialDigit, Digits.Normalize(text.AsSpan(0, end)), 0) };
        var i = end;
        while (i < text.Length)
        {
            var previous = tokens[^1].Kind;
            if (!TryReadToken(text, ref i, previous, out var token))
            {
                return null;
            }

            tokens.Add(token);
        }

        return new ApkVersion(text, [.. tokens]);
    }

    /// <inheritdoc/>
    public override int CompareTo(ApkVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var i = 0;
        for (; ; i++)
        {
            var left = KindAt(tokens, i);
            var right = KindAt(other.tokens, i);
            if (left != right)
            {
                break;
            }

            if (left == ApkTokenKind.End)
            {
                return 0;
            }

            var result = tokens[i].CompareTo(other.tokens[i]);
            if (result != 0)
            {
                return result;
            }
        }

        if (IsPreReleaseSuffix(tokens, i))
        {
            return -1;
        }

        if (IsPreReleaseSuffix(other.tokens, i))
        {
            return 1;
        }

        return KindAt(tokens, i) > KindAt(other.tokens, i) ? -1 : 1;
    }

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var token in tokens)
        {
            hash.Add(token);
        }

        return hash.ToHashCode();
    }

    private static ApkTokenKind KindAt(ApkToken[] tokens, int i) => i < tokens.Length ? tokens[i].Kind : ApkTokenKind.End;

    private static bool IsPreReleaseSuffix(ApkToken[] tokens, int i) =>
        i < tokens.Length && tokens[i].Kind == ApkTokenKind.Suffix && tokens[i].Suffix < ApkToken.SuffixNone;

    // One token after `previous`, with apk's rules for which kind may follow which.
    private static bool TryReadToken(string s, ref int i, ApkTokenKind previous, out ApkToken token)
    {
        token = default;
        var c = s[i];
        if (c is >= 'a' and <= 'z')
        {
            if (previous > ApkTokenKind.Digit)
            {
                return false;
            }

            token = new ApkToken(ApkTokenKind.Letter, c.ToString(), 0);
            i++;
            return true;
        }

        if (c == '.' || Digits.Is(c))
        {
            var kind = previous switch
            {
                ApkTokenKind.InitialDigit or ApkTokenKind.Digit when c == '.' => ApkTokenKind.Digit,
                ApkTokenKind.Suffix when c != '.' => ApkTokenKind.SuffixNumber,
                _ => ApkTokenKind.End,
            };
            var start = c == '.' ? i + 1 : i;
            var end = Digits.RunEnd(s, start);
            if (kind == ApkTokenKind.End || end == start)
            {
                return false;
            }

            var digits = s.AsSpan(start, end - start);
            token = new ApkToken(kind, kind == ApkTokenKind.Digit ? digits.ToString() : Digits.Normalize(digits), 0);
            i = end;
            return true;
        }

        return c switch
        {
            '_' => TryReadSuffix(s, ref i, previous, out token),
            '~' => TryReadHash(s, ref i, previous, out token),
            '-' => TryReadRevision(s, ref i, previous, out token),
            _ => false,
        };
    }

    private static bool TryReadSuffix(string s, ref int i, ApkTokenKind previous, out ApkToken token)
    {
        token = default;
        var start = i + 1;
        var end = start;
        while (end < s.Length && s[end] is >= 'a' and <= 'z')
        {
            end++;
        }

        var rank = ApkToken.SuffixRank(s.AsSpan(start, end - start));
        if (previous > ApkTokenKind.SuffixNumber || rank < 0)
        {
            return false;
        }

        token = new ApkToken(ApkTokenKind.Suffix, s[start..end], rank);
        i = end;
        return true;
    }

    private static bool TryReadHash(string s, ref int i, ApkTokenKind previous, out ApkToken token)
    {
        token = default;
        var start = i + 1;
        var end = start;
        while (end < s.Length && char.IsAsciiHexDigit(s[end]))
        {
            end++;
        }

        if (previous >= ApkTokenKind.CommitHash || end == start)
        {
            return false;
        }

        token = new ApkToken(ApkTokenKind.CommitHash, s[start..end], 0);
        i = end;
        return true;
    }

    private static bool TryReadRevision(string s, ref int i, ApkTokenKind previous, out ApkToken token)
    {
        token = default;
        var start = i + 2;
        var end = start <= s.Length ? Digits.RunEnd(s, start) : start;
        if (previous >= ApkTokenKind.Revision || start > s.Length || s[i + 1] != 'r' || end == start)
        {
            return false;
        }

        token = new ApkToken(ApkTokenKind.Revision, Digits.Normalize(s.AsSpan(start, end - start)), 0);
        i = end;
        return true;
    }
}
