using Bulwark.Scanners.Integrity.Changes;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity;

/// <summary>Changes as the engine's findings: one rule per kind of change, a finding per change, the change in its details.</summary>
internal static class IntegrityFindings
{
    public static RuleInfo RuleOf(ChangeKind kind) => new()
    {
        Id = $"{IntegrityModule.Id}/{kind.Id}",
        Title = kind.Title,
        Severity = kind.Severity,
        Description = kind.Description,
        Remediation = kind.Remediation,
        Tags = ["integrity"],
        PeerIds = PeerIds,
    };

    public static Finding For(Change change, RuleInfo rule, string root) => new()
    {
        Scanner = IntegrityModule.Id,
        RuleId = rule.Id,
        Severity = rule.Severity,
        Title = rule.Title,
        Message = change.Message,
        Location = new Location(change.Path, 0, 0),
        Fingerprint = Fingerprints.Of(IntegrityModule.Id, change.Kind, root, change.Path, change.Subject),
        Remediation = rule.Remediation,
        Change = new FindingChange { Kind = change.Kind, Details = change.Details },
        Properties = new Dictionary<string, string> { ["kind"] = change.Kind },
    };

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> PeerIds = new Dictionary<string, IReadOnlyList<string>>();
}
