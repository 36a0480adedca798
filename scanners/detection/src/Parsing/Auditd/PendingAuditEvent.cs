namespace Bulwark.Scanners.Detection.Parsing.Auditd;

/// <summary>The records of one audit event gathered so far, in the order they were read.</summary>
internal sealed class PendingAuditEvent(AuditRecord first)
{
    public string Id { get; } = first.Id;

    public DateTimeOffset Time { get; } = first.Time;

    public List<AuditRecord> Records { get; } = [first];
}
