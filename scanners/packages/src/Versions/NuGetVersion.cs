namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// A NuGet version: SemVer 2.0.0 extended with NuGet's legacy forms. One to four numeric parts
/// (<c>1</c>, <c>1.2</c>, <c>1.2.3</c>, <c>1.2.3.4</c>) where missing parts are zero, so <c>1.0</c>, <c>1.0.0</c> and
/// <c>1.0.0.0</c> are the same version; pre-release labels compare case-insensitively; metadata after <c>+</c> is
/// ignored.
/// </summary>
internal sealed class NuGetVersion : ParsedVersion<NuGetVersion>
{
    private readonly int major;
    private readonly int minor;
    private readonly int patch;
    private readonly int revision;
    private readonly ReleaseLabel[] labels;

    private NuGetVersion(string text, ReadOnlySpan<int> parts, ReleaseLabel[] labels)
        : base(text)
    {
        major = parts[0];
        minor = parts[1];
        patch = parts[2];
        revision = parts[3];
        this.labels = labels;
    }

    /// <summary>
    /// Parses a NuGet version, or returns null. Numeric parts are non-negative 32-bit integers (NuGet stores them as
    /// <see cref="int"/>) and may have leading zeros, as NuGet's own parser allows; so may numeric labels.
    /// </summary>
    public static NuGetVersion? Parse(string text)
    {
        var plus = text.IndexOf('+');
        var end = plus < 0 ? text.Length : plus;
        if (plus >= 0 && !ReleaseLabels.IsValidMetadata(text, plus + 1, text.Length))
        {
            return null;
        }

        var dash = text.IndexOf('-', 0, end);
        var numbersEnd = dash < 0 ? end : dash;
        Span<int> parts = stackalloc int[4];
        if (!TryParseNumbers(text.AsSpan(0, numbersEnd), parts))
        {
            return null;
        }

        var labels = ReleaseLabels.None;
        if (dash >= 0)
        {
            var parsed = ReleaseLabels.Parse(text, dash + 1, end, allowLeadingZeros: true, lowerCase: true);
            if (parsed is null)
            {
                return null;
            }

            labels = parsed;
        }

        return new NuGetVersion(text, parts, labels);
    }

    /// <inheritdoc/>
    public override int CompareTo(NuGetVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var result = major != other.major ? major.CompareTo(other.major)
            : minor != other.minor ? minor.CompareTo(other.minor)
            : patch != other.patch ? patch.CompareTo(other.patch)
            : revision.CompareTo(other.revision);
        return result != 0 ? Math.Sign(result) : ReleaseLabels.Compare(labels, other.labels);
    }

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(major);
        hash.Add(minor);
        hash.Add(patch);
        hash.Add(revision);
        ReleaseLabels.AddTo(ref hash, labels);
        return hash.ToHashCode();
    }

    private static bool TryParseNumbers(ReadOnlySpan<char> text, Span<int> parts)
    {
        var count = 0;
        foreach (var range in text.Split('.'))
        {
            var digits = text[range];
            if (count == parts.Length || !Digits.TryParse(digits, out var value) || value > int.MaxValue)
            {
                return false;
            }

            parts[count++] = (int)value;
        }

        return count > 0;
    }
}
