using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Findings;

/// <summary>The states' names in the API (<c>false-positive</c>), and which of them a person may set.</summary>
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

    public static string Known => string.Join(", ", ByName.Keys);
}
