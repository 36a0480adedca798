namespace Bulwark.Scanners.Packages.Severity;

/// <summary>The metrics of CVSS v4.0 (specification section 7, Table 23), grouped as the specification groups them.</summary>
internal static class Cvss4Metrics
{
    /// <summary>The eleven base metrics, in the specification's order.</summary>
    public static readonly string[] BaseKeys = ["AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA"];

    /// <summary>The threat metric.</summary>
    public static readonly string[] ThreatKeys = ["E"];

    /// <summary>The environmental metrics (security requirements and modified base metrics).</summary>
    public static readonly string[] EnvironmentalKeys =
        ["CR", "IR", "AR", "MAV", "MAC", "MAT", "MPR", "MUI", "MVC", "MVI", "MVA", "MSC", "MSI", "MSA"];

    /// <summary>Every metric a v4.0 vector may carry; supplemental metrics never change a score.</summary>
    public static readonly CvssMetric[] All =
    [
        CvssMetric.Base("AV", "Attack Vector", "N", "A", "L", "P"),
        CvssMetric.Base("AC", "Attack Complexity", "L", "H"),
        CvssMetric.Base("AT", "Attack Requirements", "N", "P"),
        CvssMetric.Base("PR", "Privileges Required", "N", "L", "H"),
        CvssMetric.Base("UI", "User Interaction", "N", "P", "A"),
        CvssMetric.Base("VC", "Vulnerable System Confidentiality", "H", "L", "N"),
        CvssMetric.Base("VI", "Vulnerable System Integrity", "H", "L", "N"),
        CvssMetric.Base("VA", "Vulnerable System Availability", "H", "L", "N"),
        CvssMetric.Base("SC", "Subsequent System Confidentiality", "H", "L", "N"),
        CvssMetric.Base("SI", "Subsequent System Integrity", "H", "L", "N"),
        CvssMetric.Base("SA", "Subsequent System Availability", "H", "L", "N"),
        CvssMetric.Optional("E", "Exploit Maturity", "X", "A", "P", "U"),
        CvssMetric.Optional("CR", "Confidentiality Requirement", "X", "H", "M", "L"),
        CvssMetric.Optional("IR", "Integrity Requirement", "X", "H", "M", "L"),
        CvssMetric.Optional("AR", "Availability Requirement", "X", "H", "M", "L"),
        CvssMetric.Optional("MAV", "Modified Attack Vector", "X", "N", "A", "L", "P"),
        CvssMetric.Optional("MAC", "Modified Attack Complexity", "X", "L", "H"),
        CvssMetric.Optional("MAT", "Modified Attack Requirements", "X", "N", "P"),
        CvssMetric.Optional("MPR", "Modified Privileges Required", "X", "N", "L", "H"),
        CvssMetric.Optional("MUI", "Modified User Interaction", "X", "N", "P", "A"),
        CvssMetric.Optional("MVC", "Modified Vulnerable System Confidentiality", "X", "H", "L", "N"),
        CvssMetric.Optional("MVI", "Modified Vulnerable System Integrity", "X", "H", "L", "N"),
        CvssMetric.Optional("MVA", "Modified Vulnerable System Availability", "X", "H", "L", "N"),
        CvssMetric.Optional("MSC", "Modified Subsequent System Confidentiality", "X", "H", "L", "N"),
        CvssMetric.Optional("MSI", "Modified Subsequent System Integrity", "X", "S", "H", "L", "N"),
        CvssMetric.Optional("MSA", "Modified Subsequent System Availability", "X", "S", "H", "L", "N"),
        CvssMetric.Optional("S", "Safety", "X", "N", "P"),
        CvssMetric.Optional("AU", "Automatable", "X", "N", "Y"),
        CvssMetric.Optional("R", "Recovery", "X", "A", "U", "I"),
        CvssMetric.Optional("V", "Value Density", "X", "D", "C"),
        CvssMetric.Optional("RE", "Vulnerability Response Effort", "X", "L", "M", "H"),
        CvssMetric.Optional("U", "Provider Urgency", "X", "Clear", "Green", "Amber", "Red"),
    ];
}
