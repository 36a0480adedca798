using Bulwark.Engine.Config;
using Bulwark.Engine.Suppressions;
using Bulwark.Sdk;

namespace Bulwark.Engine.Policy;

/// <summary>What the policy applies to a scan's raw outcome.</summary>
public sealed record PolicyInputs
{
    /// <summary>Rule switches and severity changes.</summary>
    public RuleOverrides Overrides { get; init; } = RuleOverrides.None;

    /// <summary>Ignore-file and config suppressions.</summary>
    public required SuppressionSet Suppressions { get; init; }

    /// <summary>Fingerprints of the baseline report; empty without one.</summary>
    public IReadOnlySet<string> Baseline { get; init; } = new HashSet<string>();

    /// <summary>The gate threshold; null for none.</summary>
    public Severity? FailOn { get; init; } = Severity.High;
}
