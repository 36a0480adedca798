using System.Diagnostics.CodeAnalysis;

namespace Bulwark.Scanners.Packages.Severity;

/// <summary>
/// CVSS v3.0 and v3.1 base scores (FIRST, CVSS v3.1 Specification, section 7.1, with Appendix A's Roundup).
/// Temporal and environmental metrics are validated but do not enter the base score.
/// </summary>
public static class Cvss3
{
    private static readonly CvssMetric[] Metrics =
    [
        CvssMetric.Base("AV", "Attack Vector", "N", "A", "L", "P"),
        CvssMetric.Base("AC", "Attack Complexity", "L", "H"),
        CvssMetric.Base("PR", "Privileges Required", "N", "L", "H"),
        CvssMetric.Base("UI", "User Interaction", "N", "R"),
        CvssMetric.Base("S", "Scope", "U", "C"),
        CvssMetric.Base("C", "Confidentiality", "H", "L", "N"),
        CvssMetric.Base("I", "Integrity", "H", "L", "N"),
        CvssMetric.Base("A", "Availability", "H", "L", "N"),
        CvssMetric.Optional("E", "Exploit Code Maturity", "X", "H", "F", "P", "U"),
        CvssMetric.Optional("RL", "Remediation Level", "X", "U", "W", "T", "O"),
        CvssMetric.Optional("RC", "Report Confidence", "X", "C", "R", "U"),
        CvssMetric.Optional("CR", "Confidentiality Requirement", "X", "H", "M", "L"),
        CvssMetric.Optional("IR", "Integrity Requirement", "X", "H", "M", "L"),
        CvssMetric.Optional("AR", "Availability Requirement", "X", "H", "M", "L"),
        CvssMetric.Optional("MAV", "Modified Attack Vector", "X", "N", "A", "L", "P"),
        CvssMetric.Optional("MAC", "Modified Attack Complexity", "X", "L", "H"),
        CvssMetric.Optional("MPR", "Modified Privileges Required", "X", "N", "L", "H"),
        CvssMetric.Optional("MUI", "Modified User Interaction", "X", "N", "R"),
        CvssMetric.Optional("MS", "Modified Scope", "X", "U", "C"),
        CvssMetric.Optional("MC", "Modified Confidentiality", "X", "H", "L", "N"),
        CvssMetric.Optional("MI", "Modified Integrity", "X", "H", "L", "N"),
        CvssMetric.Optional("MA", "Modified Availability", "X", "H", "L", "N"),
    ];

    /// <summary>The base score of a <c>CVSS:3.0/…</c> or <c>CVSS:3.1/…</c> vector, or false with the reason it is malformed.</summary>
    /// <param name="vector">The whole vector, prefix included.</param>
    /// <param name="score">The score, when the vector is valid.</param>
    /// <param name="problem">Why it is not, otherwise.</param>
    public static bool TryScore(string vector, [NotNullWhen(true)] out CvssScore? score, [NotNullWhen(false)] out string? problem)
    {
        score = null;
        var prefix = Cvss.Prefix(vector);
        if (prefix is not ("CVSS:3.0" or "CVSS:3.1"))
        {
            problem = $"a CVSS v3 vector starts with CVSS:3.0/ or CVSS:3.1/, not '{prefix}'";
            return false;
        }

        if (!CvssVectorParser.TryParse(prefix, Cvss.Body(vector), Metrics, out var metrics, out problem))
        {
            return false;
        }

        var version = prefix[5..];
        var baseScore = BaseScore(metrics, version == "3.0" ? Cvss3Roundup.V30 : Cvss3Roundup.V31);
        score = CvssScore.FromTenths(version, (int)Math.Round(baseScore * 10));
        return true;
    }

    /// <summary>The base score formula of section 7.1, with the version's round-up.</summary>
    private static double BaseScore(Dictionary<string, string> m, Func<double, double> roundup)
    {
        var changed = m["S"] == "C";
        var iss = 1 - ((1 - Impact(m["C"])) * (1 - Impact(m["I"])) * (1 - Impact(m["A"])));
        var impact = changed ? (7.52 * (iss - 0.029)) - (3.25 * Math.Pow(iss - 0.02, 15)) : 6.42 * iss;
        if (impact <= 0)
        {
            return 0;
        }

        var exploitability = 8.22 * AttackVector(m["AV"]) * AttackComplexity(m["AC"]) * PrivilegesRequired(m["PR"], changed) * UserInteraction(m["UI"]);
        return changed ? roundup(Math.Min(1.08 * (impact + exploitability), 10)) : roundup(Math.Min(impact + exploitability, 10));
    }

    private static double AttackVector(string value) => value switch { "N" => 0.85, "A" => 0.62, "L" => 0.55, _ => 0.2 };

    private static double AttackComplexity(string value) => value == "L" ? 0.77 : 0.44;

    // A changed scope makes low and high privileges weigh more (section 7.4).
    private static double PrivilegesRequired(string value, bool scopeChanged) => value switch
    {
        "N" => 0.85,
        "L" => scopeChanged ? 0.68 : 0.62,
        _ => scopeChanged ? 0.5 : 0.27,
    };

    private static double UserInteraction(string value) => value == "N" ? 0.85 : 0.62;

    private static double Impact(string value) => value switch { "H" => 0.56, "L" => 0.22, _ => 0 };
}
