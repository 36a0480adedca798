namespace Bulwark.Scanners.Packages.Database;

/// <summary>
/// The SQLite layout of the vulnerability database: advisories by id, and their affected entries keyed by
/// (ecosystem, normalised name) so a package costs one indexed lookup.
/// </summary>
internal static class DatabaseSchema
{
    /// <summary>Bumped when the layout changes; an older file is rebuilt rather than misread.</summary>
    public const int Version = 1;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS advisory (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            modified TEXT NOT NULL,
            body BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS affected (
            ecosystem TEXT NOT NULL,
            name TEXT NOT NULL,
            advisory INTEGER NOT NULL,
            body BLOB NOT NULL);
        """;

    // Indexes are built after a bulk load: inserting into an indexed table is several times slower.
    public const string Indexes = """
        CREATE INDEX IF NOT EXISTS affected_key ON affected (ecosystem, name);
        CREATE INDEX IF NOT EXISTS affected_advisory ON affected (advisory);
        """;
}
