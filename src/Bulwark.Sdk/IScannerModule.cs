namespace Bulwark.Sdk;

/// <summary>
/// A scanner as the catalog lists it: its description, and a way to create a configured scanner.
/// Creating one is where a room reads its settings and rule files, so it is where config problems surface.
/// </summary>
public interface IScannerModule
{
    /// <summary>What the scanner is, including the settings it declares.</summary>
    ScannerInfo Info { get; }

    /// <summary>The built-in rules, before any project config (for <c>bulwark rules list</c> and docs).</summary>
    IReadOnlyList<RuleInfo> BuiltInRules { get; }

    /// <summary>Creates the scanner for one scan, or returns the problems that prevent it.</summary>
    Created<IScanner> Create(ScannerOptions options);

    /// <summary>
    /// Checks every rule the options would load (built-in and the user's) against its own examples and the
    /// rule format; returns what fails. <c>bulwark rules verify</c> and the rule tests both call this.
    /// </summary>
    IReadOnlyList<ConfigProblem> VerifyRules(ScannerOptions options);

    /// <summary>
    /// Report formats that only make sense with this scanner's results (a CycloneDX SBOM needs the packages
    /// scanner's components); the catalog offers them beside the built-in formats.
    /// </summary>
    IReadOnlyList<IReporter> Reporters => [];
}
