using System.Text.RegularExpressions;

namespace Bulwark.Server.Changes;

/// <summary>
/// The kinds of change the server applies, in one list; any other well-formed name (<c>deploy</c>,
/// <c>db-migration</c>) is a pipeline's kind, which the server records a decision for and applies nothing.
/// </summary>
internal static partial class ChangeKinds
{
    public const string RiskAcceptance = "risk-acceptance";
    public const string FalsePositive = "false-positive";

    private static readonly IChangeKind[] Applied =
    [
        new FindingChangeKind(FalsePositive, Store.Model.FindingState.FalsePositive),
        new FindingChangeKind(RiskAcceptance, Store.Model.FindingState.RiskAccepted),
        new SlaChangeKind(),
        new SuppressionChangeKind(),
    ];

    /// <summary>The names of the kinds the server applies.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Applied.Select(k => k.Name)];

    /// <summary>Whether <paramref name="name"/> may name a kind: lower-case letters, digits and dashes, up to 64.</summary>
    public static bool IsWellFormed(string? name) => name is { Length: > 0 and <= 64 } && KindPattern().IsMatch(name);

    /// <summary>The kind named <paramref name="name"/>, or null when the name is not well formed.</summary>
    public static IChangeKind? Find(string? name) =>
        !IsWellFormed(name) ? null : Applied.FirstOrDefault(k => k.Name == name) ?? new PipelineChangeKind(name!);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KindPattern();
}
