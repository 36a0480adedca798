namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>
/// The "not affected" justifications of OpenVEX and CycloneDX, and the translation from the first to the
/// second, following the correspondence CISA's "VEX status justifications" paper draws between them.
/// </summary>
public static class VexJustifications
{
    /// <summary>CycloneDX 1.6 <c>impactAnalysisJustification</c> values.</summary>
    public static IReadOnlySet<string> CycloneDx { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "code_not_present", "code_not_reachable", "requires_configuration", "requires_dependency", "requires_environment",
        "protected_by_compiler", "protected_at_runtime", "protected_at_perimeter", "protected_by_mitigating_control",
    };

    /// <summary>OpenVEX justification values.</summary>
    public static IReadOnlySet<string> OpenVex { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "component_not_present", "vulnerable_code_not_present", "vulnerable_code_not_in_execute_path",
        "vulnerable_code_cannot_be_controlled_by_adversary", "inline_mitigations_already_exist",
    };

    /// <summary>
    /// The CycloneDX justification for <paramref name="justification"/> (CycloneDX or OpenVEX), or null when it is
    /// neither. OpenVEX's adversary-control case has two CycloneDX counterparts; requires_environment is the wider.
    /// </summary>
    public static string? ToCycloneDx(string? justification) => justification switch
    {
        null => null,
        _ when CycloneDx.Contains(justification) => justification,
        "component_not_present" => "requires_dependency",
        "vulnerable_code_not_present" => "code_not_present",
        "vulnerable_code_not_in_execute_path" => "code_not_reachable",
        "vulnerable_code_cannot_be_controlled_by_adversary" => "requires_environment",
        "inline_mitigations_already_exist" => "protected_by_mitigating_control",
        _ => null,
    };
}
