using Bulwark.Scanners.Packages.Database;

namespace Bulwark.Scanners.Packages.Tests.Database;

/// <summary>
/// The whole of <c>../shared/osv</c> imported once into a temporary cache folder and opened read-only, shared by the
/// tests of one class (an xunit class fixture). Empty when the shared data is absent; those tests are skipped.
/// </summary>
public sealed class SharedOsvDatabase : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>Imports and opens the database.</summary>
    public SharedOsvDatabase()
    {
        if (SharedOsv.Folder is null)
        {
            return;
        }

        Path = CacheDirectory.DatabasePath(_folder.Path);
        using (var writer = DatabaseWriter.CreateNew(Path))
        {
            Import = OsvImporter.Import(SharedOsv.Folder, writer);
            writer.Commit(SharedOsv.Folder, new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));
        }

        (Database, Problem) = VulnerabilityDatabase.Open(Path);
    }

    /// <summary>The database file.</summary>
    public string? Path { get; }

    /// <summary>What the import reported.</summary>
    public ImportResult? Import { get; }

    /// <summary>The database, opened read-only.</summary>
    public VulnerabilityDatabase? Database { get; }

    /// <summary>Why it could not be opened, if it could not.</summary>
    public string? Problem { get; }

    /// <summary>The opened database; fails the test when opening failed.</summary>
    public VulnerabilityDatabase Opened => Database ?? throw new InvalidOperationException($"the shared OSV database did not open: {Problem}");

    /// <inheritdoc />
    public void Dispose()
    {
        Database?.Dispose();
        _folder.Dispose();
    }
}
