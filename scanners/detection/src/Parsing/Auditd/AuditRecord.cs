namespace Bulwark.Scanners.Detection.Parsing.Auditd;

/// <summary>One line of an audit log: <c>[node=N ]type=T msg=audit(SECONDS.MILLIS:SERIAL): key=value …</c>.</summary>
internal sealed class AuditRecord
{
    public required long Line { get; init; }

    public required string Text { get; init; }

    /// <summary>The <c>node=</c> prefix auditd writes when <c>name_format</c> is set; null otherwise.</summary>
    public string? Node { get; init; }

    public required string Type { get; init; }

    /// <summary>The event id, <c>SECONDS.MILLIS:SERIAL</c>: records with the same id describe one event.</summary>
    public required string Id { get; init; }

    public required DateTimeOffset Time { get; init; }

    /// <summary>The fields in order, those of an enriched record's second half and of a nested <c>msg='…'</c> included.</summary>
    public required IReadOnlyList<AuditField> Fields { get; init; }
}
