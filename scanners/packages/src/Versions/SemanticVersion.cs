namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// A SemVer 2.0.0 version: <c>MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]</c>, ordered by the spec's precedence rules
/// (§11). Build metadata is validated but not kept: it never takes part in precedence (§10), which is also why Go's
/// <c>+incompatible</c> changes nothing.
/// </summary>
internal sealed class SemanticVersion : ParsedVersion<SemanticVersion>
{
    private readonly ReleaseLabel[] prerelease;

    private SemanticVersion(string text, ulong major, ulong minor, ulong patch, ReleaseLabel[] prerelease)
        : base(text)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        this.prerelease = prerelease;
    }

    /// <summary>The major version.</summary>
    public ulong Major { get; }

    /// <summary>The minor version.</summary>
    public ulong Minor { get; }

    /// <summary>The patch version.</summary>
    public ulong Patch { get; }

    /// <summary>The pre-release identifiers; empty for a release.</summary>
    public IReadOnlyList<ReleaseLabel> Prerelease => prerelease;

    /// <summary>
    /// Parses <paramref name="text"/> from <paramref name="start"/> (past any prefix the caller accepted). Numbers
    /// and numeric pre-release identifiers may not have leading zeros (§2, §9). With
    /// <paramref name="allowShorthand"/>, <c>1</c> and <c>1.2</c> stand for <c>1.0.0</c> and <c>1.2.0</c> when nothing
    /// follows them, as Go's <c>v1</c> and <c>v1.2</c> do. Null when the text is not such a version.
    /// </summary>
    public static SemanticVersion? Parse(string text, int start, bool allowShorthand)
    {
        Span<ulong> core = stackalloc ulong[3];
        var position = start;
        for (var part = 0; part < 3; part++)
        {
            if (part > 0)
            {
                if (position == text.Length && allowShorthand)
                {
                    break;
                }

                if (position >= text.Length || text[position] != '.')
                {
                    return null;
                }

                position++;
            }

            if (!TryReadNumber(text, ref position, out core[part]))
            {
                return null;
            }
        }

        var prerelease = ReleaseLabels.None;
        var plus = text.IndexOf('+', position);
        var coreEnd = plus < 0 ? text.Length : plus;
        if (position < coreEnd)
        {
            if (text[position] != '-')
            {
                return null;
            }

            var labels = ReleaseLabels.Parse(text, position + 1, coreEnd, allowLeadingZeros: false, lowerCase: false);
            if (labels is null)
            {
                return null;
            }

            prerelease = labels;
        }

        if (plus >= 0 && !ReleaseLabels.IsValidMetadata(text, plus + 1, text.Length))
        {
            return null;
        }

        return new SemanticVersion(text, core[0], core[1], core[2], prerelease);
    }

    /// <inheritdoc/>
    public override int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (Major != other.Major)
        {
            return Major < other.Major ? -1 : 1;
        }

        if (Minor != other.Minor)
        {
            return Minor < other.Minor ? -1 : 1;
        }

        if (Patch != other.Patch)
        {
            return Patch < other.Patch ? -1 : 1;
        }

        return ReleaseLabels.Compare(prerelease, other.prerelease);
    }

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Major);
        hash.Add(Minor);
        hash.Add(Patch);
        ReleaseLabels.AddTo(ref hash, prerelease);
        return hash.ToHashCode();
    }

    private static bool TryReadNumber(string text, ref int position, out ulong value)
    {
        value = 0;
        var end = Digits.RunEnd(text, position);
        var digits = text.AsSpan(position, end - position);
        if (digits.IsEmpty || (digits.Length > 1 && digits[0] == '0') || !ulong.TryParse(digits, out value))
        {
            return false;
        }

        position = end;
        return true;
    }
}
