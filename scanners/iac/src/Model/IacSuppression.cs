namespace Bulwark.Scanners.Iac.Model;

/// <summary>
/// A suppression comment found in a configuration file: Bulwark's own or one of the peers' (so a team can
/// switch without rewriting them), with the rule it names in that tool's ids.
/// </summary>
/// <param name="Tool"><c>bulwark</c>, <c>checkov</c>, <c>tfsec</c>, <c>trivy</c> or <c>kics</c>.</param>
/// <param name="RuleId">The rule it names in that tool's ids; null for "every rule" (kics ignore-line / ignore-block, bare bulwark:ignore).</param>
/// <param name="Reason">The reason written with it, or empty.</param>
/// <param name="Range">Where the comment is.</param>
public sealed record IacSuppression(string Tool, string? RuleId, string Reason, SourceRange Range)
{
    /// <summary>For KICS <c>ignore-line</c> and comments on a single line: the line it covers; 0 when it covers the whole resource.</summary>
    public int CoversLine { get; init; }
}
