namespace Bulwark.Sdk;

/// <summary>The outcome of the gate: findings at or above the threshold break the build.</summary>
/// <param name="Threshold">The lowest severity that fails; null for <c>--fail-on none</c>.</param>
/// <param name="FailingFindings">How many active findings are at or above the threshold.</param>
public sealed record GateResult(Severity? Threshold, int FailingFindings)
{
    /// <summary>True when the build should break.</summary>
    public bool Failed => FailingFindings > 0;

    /// <summary>The threshold's name, <c>none</c> when there is none.</summary>
    public string ThresholdName => Threshold?.Name() ?? "none";
}
