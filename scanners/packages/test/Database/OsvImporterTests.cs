using System.IO.Compression;
using Bulwark.Scanners.Packages.Database;

namespace Bulwark.Scanners.Packages.Tests.Database;

public sealed class OsvImporterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_directory_tree_is_read_recursively_and_other_files_are_left_alone()
    {
        _folder.Write("src/npm/GHSA-1.json", InlineRecords.Record("GHSA-1", "2024-01-01T00:00:00Z", "npm", "left-pad", "1.0.0"));
        _folder.Write("src/PyPI/deep/PYSEC-1.json", InlineRecords.Record("PYSEC-1", "2024-01-01T00:00:00Z", "PyPI", "Django", "4.2.1"));
        _folder.Write("src/README.md", "not a record");

        var (result, database) = ImportAndOpen(_folder.File("src"));
        using var _ = database;

        Assert.Equal(2, result.Read);
        Assert.Equal(0, result.Refused);
        Assert.Single(database.Lookup("npm", "left-pad"));
        Assert.Equal("PYSEC-1", Assert.Single(database.Lookup("PyPI", "django")).Advisory.Id);
    }

    [Fact]
    public void A_malformed_file_is_reported_with_its_path_and_the_rest_still_loads()
    {
        _folder.Write("src/GHSA-1.json", InlineRecords.Record("GHSA-1", "2024-01-01T00:00:00Z", "npm", "left-pad", "1.0.0"));
        var broken = _folder.Write("src/GHSA-broken.json", "{\n  \"id\": \"GHSA-broken\",\n  \"affected\": [\n");
        var noId = _folder.Write("src/no-id.json", """{"summary": "no id"}""");

        var (result, database) = ImportAndOpen(_folder.File("src"));
        using var _ = database;

        Assert.Equal(1, result.Read);
        Assert.Equal(2, result.Refused);
        Assert.Contains(result.Problems, p => p.StartsWith(broken + ": not valid JSON", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p == noId + ": the record has no \"id\"");
        Assert.Single(database.Lookup("npm", "left-pad"));
    }

    [Fact]
    public void A_zip_of_records_is_read_like_a_directory()
    {
        var zip = Zip("npm.zip", ("GHSA-1.json", InlineRecords.Record("GHSA-1", "2024-01-01T00:00:00Z", "npm", "left-pad", "1.0.0")), ("GHSA-2.json", InlineRecords.Record("GHSA-2", "2024-01-01T00:00:00Z", "npm", "lodash", "4.17.21")), ("notes.txt", "skipped"));

        var (result, database) = ImportAndOpen(zip);
        using var _ = database;

        Assert.Equal(2, result.Read);
        Assert.Single(database.Lookup("npm", "lodash"));
    }

    [Fact]
    public void A_bad_record_inside_a_zip_is_named_by_zip_and_entry()
    {
        var zip = Zip("npm.zip", ("GHSA-1.json", InlineRecords.Record("GHSA-1", "2024-01-01T00:00:00Z", "npm", "left-pad", "1.0.0")), ("bad.json", "[1, 2"));

        var (result, database) = ImportAndOpen(zip);
        using var _ = database;

        Assert.Equal(1, result.Read);
        Assert.StartsWith(zip + "!bad.json: not valid JSON", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_of_zips_loads_every_zip()
    {
        Directory.CreateDirectory(_folder.File("zips"));
        Zip(Path.Combine("zips", "npm.zip"), ("GHSA-1.json", InlineRecords.Record("GHSA-1", "2024-01-01T00:00:00Z", "npm", "left-pad", "1.0.0")));
        Zip(Path.Combine("zips", "PyPI.zip"), ("PYSEC-1.json", InlineRecords.Record("PYSEC-1", "2024-01-01T00:00:00Z", "PyPI", "requests", "2.31.0")));

        var (result, database) = ImportAndOpen(_folder.File("zips"));
        using var _ = database;

        Assert.Equal(2, result.Read);
        Assert.Single(database.Lookup("PyPI", "Requests"));
    }

    [Fact]
    public void A_file_named_zip_that_is_not_one_is_reported_and_the_rest_still_loads()
    {
        _folder.Write("src/broken.zip", "not a zip at all");
        _folder.Write("src/GHSA-1.json", InlineRecords.Record("GHSA-1", "2024-01-01T00:00:00Z", "npm", "left-pad", "1.0.0"));

        var (result, database) = ImportAndOpen(_folder.File("src"));
        using var _ = database;

        Assert.Equal(1, result.Read);
        Assert.Contains(result.Problems, p => p.StartsWith(_folder.File("src", "broken.zip") + ": not a readable zip", StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_json_file_can_be_imported()
    {
        var file = _folder.Write("GHSA-1.json", InlineRecords.Record("GHSA-1", "2024-01-01T00:00:00Z", "npm", "left-pad", "1.0.0"));

        var (result, database) = ImportAndOpen(file);
        using var _ = database;

        Assert.Equal(1, result.Read);
    }

    [Fact]
    public void A_later_import_with_a_newer_record_replaces_the_older_one_and_an_older_record_does_not()
    {
        var path = CacheDirectory.DatabasePath(_folder.Path);
        _folder.Write("v1/GHSA-1.json", InlineRecords.Record("GHSA-1", "2024-01-01T00:00:00Z", "npm", "left-pad", "1.0.0", "first"));
        _folder.Write("v2/GHSA-1.json", InlineRecords.Record("GHSA-1", "2024-03-01T00:00:00Z", "npm", "left-pad", "1.0.1", "second"));
        _folder.Write("v0/GHSA-1.json", InlineRecords.Record("GHSA-1", "2023-01-01T00:00:00Z", "npm", "left-pad", "0.9.0", "stale"));

        foreach (var source in new[] { "v1", "v2", "v0" })
        {
            using var writer = DatabaseWriter.Open(path);
            OsvImporter.Import(_folder.File(source), writer);
            writer.Commit(source, DateTimeOffset.UnixEpoch);
        }

        var (database, problem) = VulnerabilityDatabase.Open(path);
        using var opened = database ?? throw new InvalidOperationException(problem);
        var (advisory, affected) = Assert.Single(opened.Lookup("npm", "left-pad"));
        Assert.Equal("second", advisory.Summary);
        Assert.Equal("1.0.1", affected.Ranges[0].Events[1].Version);
    }

    [Fact]
    public void A_missing_source_stops_the_import_with_its_path()
    {
        using var writer = DatabaseWriter.CreateNew(CacheDirectory.DatabasePath(_folder.Path));

        var error = Assert.Throws<FileNotFoundException>(() => OsvImporter.Import(_folder.File("nowhere"), writer));

        Assert.Contains(_folder.File("nowhere"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_counts_every_record_read()
    {
        _folder.Write("src/a.json", InlineRecords.Record("GHSA-1", "2024-01-01T00:00:00Z", "npm", "a", "1.0.0"));
        _folder.Write("src/b.json", InlineRecords.Record("GHSA-2", "2024-01-01T00:00:00Z", "npm", "b", "1.0.0"));
        var seen = new System.Collections.Concurrent.ConcurrentBag<long>();

        using var writer = DatabaseWriter.CreateNew(CacheDirectory.DatabasePath(_folder.Path));
        OsvImporter.Import(_folder.File("src"), writer, seen.Add);

        Assert.Equal([1, 2], seen.Order());
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();

    private (ImportResult Result, VulnerabilityDatabase Database) ImportAndOpen(string source)
    {
        var path = CacheDirectory.DatabasePath(_folder.Path);
        ImportResult result;
        using (var writer = DatabaseWriter.CreateNew(path))
        {
            result = OsvImporter.Import(source, writer);
            writer.Commit(source, DateTimeOffset.UnixEpoch);
        }

        var (database, problem) = VulnerabilityDatabase.Open(path);
        return (result, database ?? throw new InvalidOperationException(problem));
    }

    private string Zip(string relativePath, params (string Name, string Text)[] entries)
    {
        var path = _folder.File(relativePath);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, text) in entries)
        {
            using var writer = new StreamWriter(archive.CreateEntry(name).Open());
            writer.Write(text);
        }

        return path;
    }
}
