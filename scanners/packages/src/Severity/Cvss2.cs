using System.Diagnostics.CodeAnalysis;

namespace Bulwark.Scanners.Packages.Severity;

/// <summary>
/// CVSS v2 base scores (FIRST, CVSS v2 Complete Guide, section 3.2.1). v2 vectors have no prefix; NVD writes them
/// in parentheses, which are accepted. Temporal and environmental metrics are validated but ignored.
/// </summary>
public static class Cvss2
{
    private const string Label = "CVSS v2";

    private static readonly CvssMetric[] Metrics =
    [
        CvssMetric.Base("AV", "Access Vector", "L", "A", "N"),
        CvssMetric.Base("AC", "Access Complexity", "H", "M", "L"),
        CvssMetric.Base("Au", "Authentication", "M", "S", "N"),
        CvssMetric.Base("C", "Confidentiality Impact", "N", "P", "C"),
        CvssMetric.Base("I", "Integrity Impact", "N", "P", "C"),
        CvssMetric.Base("A", "Availability Impact", "N", "P", "C"),
        CvssMetric.Optional("E", "Exploitability", "U", "POC", "F", "H", "ND"),
        CvssMetric.Optional("RL", "Remediation Level", "OF", "TF", "W", "U", "ND"),
        CvssMetric.Optional("RC", "Report Confidence", "UC", "UR", "C", "ND"),
        CvssMetric.Optional("CDP", "Collateral Damage Potential", "N", "L", "LM", "MH", "H", "ND"),
        CvssMetric.Optional("TD", "Target Distribution", "N", "L", "M", "H", "ND"),
        CvssMetric.Optional("CR", "Confidentiality Requirement", "L", "M", "H", "ND"),
        CvssMetric.Optional("IR", "Integrity Requirement", "L", "M", "H", "ND"),
        CvssMetric.Optional("AR", "Availability Requirement", "L", "M", "H", "ND"),
    ];

    /// <summary>The base score of a v2 vector (<c>AV:N/AC:L/Au:N/C:P/I:P/A:P</c>), or false with the reason it is malformed.</summary>
    /// <param name="vector">The vector, with or without NVD's surrounding parentheses.</param>
    /// <param name="score">The score, when the vector is valid.</param>
    /// <param name="problem">Why it is not, otherwise.</param>
    public static bool TryScore(string vector, [NotNullWhen(true)] out CvssScore? score, [NotNullWhen(false)] out string? problem)
    {
        score = null;
        var body = vector.Trim();
        if (body.StartsWith('(') && body.EndsWith(')'))
        {
            body = body[1..^1];
        }

        if (!CvssVectorParser.TryParse(Label, body, Metrics, out var metrics, out problem))
        {
            return false;
        }

        score = CvssScore.FromTenths("2.0", BaseTenths(metrics));
        return true;
    }

    // decimal keeps the formula exact (its constants have at most three decimals), so the final rounding to a
    // tenth (half up) never sees a binary floating-point artefact.
    private static int BaseTenths(Dictionary<string, string> m)
    {
        var impact = 10.41m * (1 - ((1 - Impact(m["C"])) * (1 - Impact(m["I"])) * (1 - Impact(m["A"]))));
        if (impact == 0)
        {
            return 0;
        }

        var exploitability = 20 * AccessVector(m["AV"]) * AccessComplexity(m["AC"]) * Authentication(m["Au"]);
        var score = ((0.6m * impact) + (0.4m * exploitability) - 1.5m) * 1.176m;
        return (int)Math.Round(score * 10, MidpointRounding.AwayFromZero);
    }

    private static decimal AccessVector(string value) => value switch { "L" => 0.395m, "A" => 0.646m, _ => 1.0m };

    private static decimal AccessComplexity(string value) => value switch { "H" => 0.35m, "M" => 0.61m, _ => 0.71m };

    private static decimal Authentication(string value) => value switch { "M" => 0.45m, "S" => 0.56m, _ => 0.704m };

    private static decimal Impact(string value) => value switch { "P" => 0.275m, "C" => 0.660m, _ => 0m };
}
