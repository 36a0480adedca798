namespace Bulwark.Server.Store.Model;

/// <summary>One step of a finding's history: who (a person, or the scan that saw it go) moved it from what to what, and why.</summary>
internal sealed class FindingChange
{
    public long Id { get; set; }

    public long FindingId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The person (token or login name), or <c>scan #N</c> for a change a scan made.</summary>
    public required string Actor { get; set; }

    /// <summary>Null when the finding was first seen.</summary>
    public FindingState? From { get; set; }

    public FindingState To { get; set; }

    public required string Reason { get; set; }
}
