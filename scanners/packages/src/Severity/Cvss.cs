using System.Diagnostics.CodeAnalysis;

namespace Bulwark.Scanners.Packages.Severity;

/// <summary>
/// Scores the CVSS vectors OSV advisories carry in <c>severity[]</c>: <c>CVSS:3.0/…</c> and <c>CVSS:3.1/…</c>
/// (type CVSS_V3), <c>CVSS:4.0/…</c> (CVSS_V4) and prefix-less v2 vectors (<c>AV:N/AC:L/Au:N/…</c>, CVSS_V2).
/// </summary>
public static class Cvss
{
    /// <summary>
    /// The base score of <paramref name="vector"/>, picking the version from its prefix; false with a readable
    /// <paramref name="problem"/> when the vector is malformed or of a version this does not score.
    /// </summary>
    /// <param name="vector">The vector string as the advisory gives it (surrounding white space is ignored).</param>
    /// <param name="score">The score, when the vector is valid.</param>
    /// <param name="problem">Why the vector could not be scored, when it is not.</param>
    public static bool TryScore(string? vector, [NotNullWhen(true)] out CvssScore? score, [NotNullWhen(false)] out string? problem)
    {
        score = null;
        var text = vector?.Trim() ?? "";
        if (text.Length == 0)
        {
            problem = "the CVSS vector is empty";
            return false;
        }

        var prefix = Prefix(text);
        switch (prefix)
        {
            case "CVSS:4.0":
                return Cvss4.TryScore(text, out score, out problem);
            case "CVSS:3.0" or "CVSS:3.1":
                return Cvss3.TryScore(text, out score, out problem);
        }

        if (text.StartsWith("AV:", StringComparison.Ordinal) || text.StartsWith("(AV:", StringComparison.Ordinal))
        {
            return Cvss2.TryScore(text, out score, out problem);
        }

        problem = prefix.StartsWith("CVSS:", StringComparison.Ordinal)
            ? $"'{prefix}' is not a CVSS version that can be scored (known: CVSS:3.0, CVSS:3.1, CVSS:4.0, and v2 vectors without a prefix)"
            : $"'{Shorten(text)}' is not a CVSS vector: it should start with CVSS:3.1/, CVSS:3.0/, CVSS:4.0/ or (for v2) AV:";
        return false;
    }

    /// <summary>The text before the first '/', which for v3 and v4 vectors is the version prefix.</summary>
    internal static string Prefix(string vector)
    {
        var slash = vector.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? vector : vector[..slash];
    }

    /// <summary>The text after the first '/' ("" when there is none).</summary>
    internal static string Body(string vector)
    {
        var slash = vector.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? "" : vector[(slash + 1)..];
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
