namespace Bulwark.Server.Store.Model;

/// <summary>The schema's version, one row per step applied (<see cref="Schema.SchemaMigrator"/>).</summary>
internal sealed class SchemaVersion
{
    public int Version { get; set; }

    public DateTimeOffset AppliedAt { get; set; }
}
