using System.Diagnostics.CodeAnalysis;

namespace Bulwark.Scanners.Detection.Parsing.Auditd;

/// <summary>
/// The audit events still being gathered, oldest first, at most a bounded number of them: records of events on
/// different CPUs interleave, so several ids can be open at once, but never many, and memory stays flat.
/// </summary>
internal sealed class PendingAuditEvents(int capacity)
{
    private readonly List<PendingAuditEvent> _inOrder = [];
    private readonly Dictionary<string, PendingAuditEvent> _byId = new(StringComparer.Ordinal);

    public int Count => _inOrder.Count;

    public PendingAuditEvent? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Opens an event for <paramref name="record"/>; returns the oldest event when that overflows the capacity.</summary>
    public PendingAuditEvent? Open(AuditRecord record)
    {
        var pending = new PendingAuditEvent(record);
        _inOrder.Add(pending);
        _byId.Add(pending.Id, pending);
        return _inOrder.Count > capacity ? Take(_inOrder[0]) : null;
    }

    public PendingAuditEvent Take(PendingAuditEvent pending)
    {
        _inOrder.Remove(pending);
        _byId.Remove(pending.Id);
        return pending;
    }

    /// <summary>Takes the oldest event when it started at or before <paramref name="cutoff"/>.</summary>
    public bool TryTakeOlderThan(DateTimeOffset cutoff, [NotNullWhen(true)] out PendingAuditEvent? pending)
    {
        pending = _inOrder.Count > 0 && _inOrder[0].Time <= cutoff ? Take(_inOrder[0]) : null;
        return pending is not null;
    }

    /// <summary>Takes the oldest event, if any (at the end of the input).</summary>
    public bool TryTakeOldest([NotNullWhen(true)] out PendingAuditEvent? pending)
    {
        pending = _inOrder.Count > 0 ? Take(_inOrder[0]) : null;
        return pending is not null;
    }
}
