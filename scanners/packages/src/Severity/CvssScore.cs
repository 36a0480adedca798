namespace Bulwark.Scanners.Packages.Severity;

/// <summary>The base score of one CVSS vector.</summary>
/// <param name="Version">The CVSS version the vector is written in: <c>2.0</c>, <c>3.0</c>, <c>3.1</c> or <c>4.0</c>.</param>
/// <param name="BaseScore">
/// The base score, 0.0 to 10.0, rounded to one decimal as the version's specification rounds it. For v4.0 this
/// is CVSS-B: threat and environmental metrics in the vector do not change it.
/// </param>
/// <param name="Rating">The qualitative rating of <paramref name="BaseScore"/>.</param>
public sealed record CvssScore(string Version, double BaseScore, CvssRating Rating)
{
    /// <summary>A score from its value in tenths (the scorers work in tenths so that ratings compare exactly).</summary>
    internal static CvssScore FromTenths(string version, int tenths) =>
        new(version, tenths / 10.0, version == "2.0" ? V2Rating(tenths) : Rating3And4(tenths));

    /// <summary>The v3.x / v4.0 scale: None 0.0, Low 0.1-3.9, Medium 4.0-6.9, High 7.0-8.9, Critical 9.0-10.0.</summary>
    internal static CvssRating Rating3And4(int tenths) => tenths switch
    {
        0 => CvssRating.None,
        < 40 => CvssRating.Low,
        < 70 => CvssRating.Medium,
        < 90 => CvssRating.High,
        _ => CvssRating.Critical,
    };

    // CVSS v2 defines no rating; these are NVD's bands (Low 0.0-3.9, Medium 4.0-6.9, High 7.0-10.0).
    private static CvssRating V2Rating(int tenths) => tenths switch
    {
        < 40 => CvssRating.Low,
        < 70 => CvssRating.Medium,
        _ => CvssRating.High,
    };
}
