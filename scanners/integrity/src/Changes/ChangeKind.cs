using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity.Changes;

/// <summary>A kind of change: its id (the rule id's slug), default severity, title and what it means.</summary>
internal sealed record ChangeKind(string Id, Severity Severity, string Title, string Description, string Remediation);
