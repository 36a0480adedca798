using System.Diagnostics.CodeAnalysis;

namespace Bulwark.Scanners.Packages.Severity;

/// <summary>
/// CVSS v4.0 scores (FIRST, CVSS v4.0 Specification, section 8): the macrovector lookup and the interpolation
/// inside it. Threat, environmental and supplemental metrics must be well formed; <see cref="TryScore"/> ignores
/// them (CVSS-B), <see cref="TryScoreAsWritten"/> uses them (CVSS-BT, -BE or -BTE).
/// </summary>
public static class Cvss4
{
    private const string Prefix = "CVSS:4.0";

    /// <summary>The base score (CVSS-B) of a <c>CVSS:4.0/…</c> vector, or false with the reason it is malformed.</summary>
    /// <param name="vector">The whole vector, prefix included.</param>
    /// <param name="score">The score, when the vector is valid.</param>
    /// <param name="problem">Why it is not, otherwise.</param>
    public static bool TryScore(string vector, [NotNullWhen(true)] out CvssScore? score, [NotNullWhen(false)] out string? problem) =>
        TryScore(vector, baseOnly: true, out score, out _, out problem);

    /// <summary>
    /// The score of every metric the vector carries: threat (E) and environmental metrics (CR/IR/AR and the
    /// modified base metrics) change it. <paramref name="nomenclature"/> names what was scored: CVSS-B, CVSS-BT,
    /// CVSS-BE or CVSS-BTE (metrics set to X do not count).
    /// </summary>
    /// <param name="vector">The whole vector, prefix included.</param>
    /// <param name="score">The score, when the vector is valid; its <see cref="CvssScore.BaseScore"/> holds the score of the vector as written.</param>
    /// <param name="nomenclature">CVSS-B, CVSS-BT, CVSS-BE or CVSS-BTE, when the vector is valid.</param>
    /// <param name="problem">Why it is not, otherwise.</param>
    public static bool TryScoreAsWritten(
        string vector,
        [NotNullWhen(true)] out CvssScore? score,
        [NotNullWhen(true)] out string? nomenclature,
        [NotNullWhen(false)] out string? problem) =>
        TryScore(vector, baseOnly: false, out score, out nomenclature, out problem);

    private static bool TryScore(
        string vector,
        bool baseOnly,
        [NotNullWhen(true)] out CvssScore? score,
        [NotNullWhen(true)] out string? nomenclature,
        [NotNullWhen(false)] out string? problem)
    {
        score = null;
        nomenclature = null;
        var prefix = Cvss.Prefix(vector);
        if (prefix != Prefix)
        {
            problem = $"a CVSS v4.0 vector starts with {Prefix}/, not '{prefix}'";
            return false;
        }

        if (!CvssVectorParser.TryParse(Prefix, Cvss.Body(vector), Cvss4Metrics.All, out var metrics, out problem))
        {
            return false;
        }

        nomenclature = baseOnly ? "CVSS-B" : Nomenclature(metrics);
        score = CvssScore.FromTenths("4.0", Cvss4Interpolation.Tenths(new Cvss4Values(metrics, baseOnly)));
        return true;
    }

    private static string Nomenclature(Dictionary<string, string> metrics)
    {
        bool Set(string key) => metrics.TryGetValue(key, out var value) && value != "X";
        var threat = Cvss4Metrics.ThreatKeys.Any(Set) ? "T" : "";
        var environmental = Cvss4Metrics.EnvironmentalKeys.Any(Set) ? "E" : "";
        return $"CVSS-B{threat}{environmental}";
    }
}
