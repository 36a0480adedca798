namespace Bulwark.Server.Store.Model;

/// <summary>A server-wide setting kept in the database (the SLA policy), so every server process sees the same.</summary>
internal sealed class Setting
{
    public required string Key { get; set; }

    public required string Value { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }
}
