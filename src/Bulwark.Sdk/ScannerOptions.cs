namespace Bulwark.Sdk;

/// <summary>What a scanner is created with.</summary>
/// <param name="Settings">The resolved settings, including the scanner's own.</param>
/// <param name="IsRuleEnabled">
/// Whether a rule runs in this scan (the project's switches over the rule's default); a scanner skips the
/// others entirely rather than reporting and dropping their findings.
/// </param>
public sealed record ScannerOptions(ISettingValues Settings, Func<RuleInfo, bool> IsRuleEnabled);
