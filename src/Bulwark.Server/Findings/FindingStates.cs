using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Findings;

/// <summary>The states' names in the API and the web UI (<c>false-positive</c>), and which of them a person may set.</summary>
internal static class FindingStates
{
    private static readonly Dictionary<string, FindingState> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["open"] = FindingState.Open,
        ["confirmed"] = FindingState.Confirmed,
        ["false-positive"] = FindingState.FalsePositive,
        ["risk-accepted"] = FindingState.RiskAccepted,
        ["fixed"] = FindingState.Fixed,
        ["reopened"] = FindingState.Reopened,
    };

    /// <summary>States a person sets; fixed and reopened are what scans find.</summary>
    public static readonly FindingState[] Settable = [FindingState.Open, FindingState.Confirmed, FindingState.FalsePositive, FindingState.RiskAccepted];

    public static string Name(FindingState state) => ByName.First(p => p.Value == state).Key;

    public static FindingState? Parse(string? name) => name is not null && ByName.TryGetValue(name, out var state) ? state : null;

    /// <summary>In a filter: any state in which the finding still needs work (open, confirmed, reopened).</summary>
    public const string Unresolved = "unresolved";

    /// <summary>The states a filter's <c>state</c> selects: one, or the unresolved ones; null when it names none.</summary>
    public static IReadOnlyList<FindingState>? ParseFilter(string? name) =>
        string.Equals(name, Unresolved, StringComparison.OrdinalIgnoreCase) ? SlaStatus.Running : Parse(name) is { } state ? [state] : null;

    public static string Known => string.Join(", ", ByName.Keys);
}
