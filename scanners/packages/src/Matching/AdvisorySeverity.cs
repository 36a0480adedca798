using Bulwark.Scanners.Packages.Osv;
using Bulwark.Scanners.Packages.Severity;
using BulwarkSeverity = Bulwark.Sdk.Severity;

namespace Bulwark.Scanners.Packages.Matching;

/// <summary>
/// The severity of a vulnerability from its advisories: the base score computed from the newest CVSS version
/// any of them carries (v4 over v3 over v2; the highest score of that version), else the rating a database
/// gives in words (GHSA's MODERATE, Ubuntu's priority), else medium (unrated: reported, never hidden). A malicious
/// package (an OpenSSF <c>MAL-</c> record in the group) is critical whatever the other records say.
/// </summary>
public static class AdvisorySeverity
{
    /// <summary>Rates a group of advisories describing one vulnerability.</summary>
    public static SeverityRating Rate(IReadOnlyList<OsvAdvisory> advisories)
    {
        var scored = advisories.SelectMany(a => a.Severity)
            .Where(s => s.Type is "CVSS_V4" or "CVSS_V3" or "CVSS_V2")
            .Select(s => Cvss.TryScore(s.Score, out var score, out _) ? (s.Score, Score: score) : (s.Score, Score: (CvssScore?)null))
            .Where(s => s.Score is not null)
            .OrderByDescending(s => s.Score!.Version, StringComparer.Ordinal)
            .ThenByDescending(s => s.Score!.BaseScore)
            .FirstOrDefault();
        // Malicious code is critical whatever a vector says: the GHSA copy of a MAL record often scores only the payload.
        if (advisories.FirstOrDefault(a => a.Id.StartsWith("MAL-", StringComparison.Ordinal)) is { } malicious)
        {
            return new SeverityRating(BulwarkSeverity.Critical, $"malicious package ({malicious.Id})", scored.Score is null ? null : scored.Item1, scored.Score?.BaseScore);
        }

        if (scored.Score is { } best)
        {
            return new SeverityRating(FromCvss(best.Rating), $"CVSS {best.Version} {best.BaseScore:0.0}", scored.Item1, best.BaseScore);
        }

        foreach (var advisory in advisories)
        {
            var candidates = advisory.Severity.Where(s => !s.Type.StartsWith("CVSS", StringComparison.Ordinal)).Select(s => s.Score)
                .Append(advisory.DatabaseSeverity)
                .Concat(advisory.Affected.Select(a => a.Severity));
            foreach (var words in candidates)
            {
                if (FromWords(words) is { } rated)
                {
                    return new SeverityRating(rated, $"{advisory.Id.Split('-')[0]} rating {words}", null, null);
                }
            }
        }

        return new SeverityRating(BulwarkSeverity.Medium, "unrated (no CVSS vector or rating in the advisory)", null, null);
    }

    private static BulwarkSeverity FromCvss(CvssRating rating) => rating switch
    {
        CvssRating.Critical => BulwarkSeverity.Critical,
        CvssRating.High => BulwarkSeverity.High,
        CvssRating.Medium => BulwarkSeverity.Medium,
        CvssRating.Low => BulwarkSeverity.Low,
        _ => BulwarkSeverity.Info,
    };

    private static BulwarkSeverity? FromWords(string? words) => words?.Trim().ToUpperInvariant() switch
    {
        "CRITICAL" => BulwarkSeverity.Critical,
        "HIGH" or "IMPORTANT" => BulwarkSeverity.High,
        "MODERATE" or "MEDIUM" => BulwarkSeverity.Medium,
        "LOW" or "NEGLIGIBLE" => BulwarkSeverity.Low,
        _ => null,
    };
}
