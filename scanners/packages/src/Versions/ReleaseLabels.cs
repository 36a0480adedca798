namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// Parsing and ordering of SemVer-style pre-release labels (<c>-rc.1</c>) and validation of build metadata
/// (<c>+build.5</c>), shared by the SemVer, Go and NuGet schemes.
/// </summary>
internal static class ReleaseLabels
{
    /// <summary>No labels: a release.</summary>
    public static readonly ReleaseLabel[] None = [];

    /// <summary>
    /// The dot-separated identifiers of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>),
    /// or null when one is empty, has a character outside <c>[0-9A-Za-z-]</c>, or (unless allowed) is a number with a
    /// leading zero. <paramref name="lowerCase"/> folds letters for schemes whose labels are case-insensitive.
    /// </summary>
    public static ReleaseLabel[]? Parse(string text, int start, int end, bool allowLeadingZeros, bool lowerCase)
    {
        var labels = new List<ReleaseLabel>(2);
        var partStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] != '.')
            {
                if (!IsIdentifierChar(text[i]))
                {
                    return null;
                }

                continue;
            }

            var part = text.AsSpan(partStart, i - partStart);
            if (part.IsEmpty)
            {
                return null;
            }

            if (Digits.All(part))
            {
                if (!allowLeadingZeros && part.Length > 1 && part[0] == '0')
                {
                    return null;
                }

                labels.Add(new ReleaseLabel(Digits.Normalize(part), IsNumeric: true));
            }
            else
            {
                labels.Add(new ReleaseLabel(lowerCase ? part.ToString().ToLowerInvariant() : part.ToString(), IsNumeric: false));
            }

            partStart = i + 1;
        }

        return [.. labels];
    }

    /// <summary>True when <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) is dot-separated non-empty <c>[0-9A-Za-z-]</c> identifiers.</summary>
    public static bool IsValidMetadata(string text, int start, int end)
    {
        if (start >= end || text[start] == '.' || text[end - 1] == '.')
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '.' ? text[i - 1] == '.' : !IsIdentifierChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// SemVer 2.0.0 §11 precedence of two label lists: a release (no labels) sorts after any pre-release; otherwise
    /// identifier by identifier, and a longer list wins when all shared identifiers are equal.
    /// </summary>
    public static int Compare(ReleaseLabel[] left, ReleaseLabel[] right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return (left.Length == 0 ? 1 : 0) - (right.Length == 0 ? 1 : 0);
        }

        var shared = Math.Min(left.Length, right.Length);
        for (var i = 0; i < shared; i++)
        {
            var result = left[i].CompareTo(right[i]);
            if (result != 0)
            {
                return result;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    /// <summary>Adds the labels to a hash in the same normal form <see cref="Compare"/> uses.</summary>
    public static void AddTo(ref HashCode hash, ReleaseLabel[] labels)
    {
        hash.Add(labels.Length);
        foreach (var label in labels)
        {
            hash.Add(label);
        }
    }

    private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';
}
