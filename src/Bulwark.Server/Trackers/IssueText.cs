using System.Text.RegularExpressions;

namespace Bulwark.Server.Trackers;

/// <summary>What an issue made from a finding says, the same in JIRA and GitHub: its title, its facts, its labels.</summary>
internal static partial class IssueText
{
    public static string Summary(FindingEvent.Snapshot f)
    {
        var summary = $"[{f.Severity}] {f.Title} ({f.Product})";
        // JIRA refuses summaries over 255 characters.
        return summary.Length <= 250 ? summary : summary[..249] + "…";
    }

    /// <summary>The facts as label and value, in the order an issue shows them.</summary>
    public static IReadOnlyList<(string Label, string Value)> Facts(FindingEvent.Snapshot f) =>
    [
        ("Product", f.Product), ("Severity", f.Severity), ("Rule", f.Rule), ("Where", f.Location), ("State in Bulwark", f.State),
    ];

    /// <summary>
    /// The configured labels, <c>bulwark</c>, the rule (<c>iac/tf-open-sg</c> → <c>iac-tf-open-sg</c>) and the finding
    /// (<c>bulwark-finding-12</c>), by which a retried creation finds an issue its lost answer had made.
    /// </summary>
    public static IReadOnlyList<string> Labels(TrackerSettings tracker, FindingEvent.Snapshot f) =>
        [.. tracker.Labels.Concat(["bulwark", Label(f.Rule), FindingLabel(f.Id)]).Distinct(StringComparer.Ordinal)];

    public static string FindingLabel(long id) => $"bulwark-finding-{id}";

    private static string Label(string text) => NotLabel().Replace(text, "-").Trim('-') is { Length: > 0 } label ? label[..Math.Min(label.Length, 100)] : "rule";

    [GeneratedRegex("[^A-Za-z0-9_.-]+")]
    private static partial Regex NotLabel();
}
