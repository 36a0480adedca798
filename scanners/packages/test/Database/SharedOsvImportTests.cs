using System.Security.Cryptography;
using System.Text.Json;
using Bulwark.Scanners.Packages.Database;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Tests.Database;

/// <summary>The real advisories of <c>../shared/osv</c>, imported once for the class.</summary>
public sealed class SharedOsvImportTests(SharedOsvDatabase shared) : IClassFixture<SharedOsvDatabase>
{
    [SharedOsvFact]
    public void Every_record_is_read_and_none_is_refused()
    {
        var files = Directory.EnumerateFiles(SharedOsv.Folder!, "*.json", SearchOption.AllDirectories).Count();

        Assert.Equal(0, shared.Import!.Refused);
        Assert.Equal(files, shared.Import.Read);
        Assert.Equal(files, shared.Opened.Info.Advisories);
    }

    [SharedOsvFact]
    public void The_counts_per_ecosystem_are_the_affected_entries_of_the_files()
    {
        var expected = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(SharedOsv.Folder!, "*.json", SearchOption.AllDirectories))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            if (!document.RootElement.TryGetProperty("affected", out var affected) || affected.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var entry in affected.EnumerateArray())
            {
                var ecosystem = Ecosystems.Base(entry.GetProperty("package").GetProperty("ecosystem").GetString()!);
                expected[ecosystem] = expected.GetValueOrDefault(ecosystem) + 1;
            }
        }

        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), shared.Opened.Info.ByEcosystem.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Equal(19, shared.Opened.Info.ByEcosystem["Debian"]);
    }

    [SharedOsvFact]
    public void The_database_records_its_source_and_build_time()
    {
        Assert.Equal(SharedOsv.Folder, shared.Opened.Info.Source);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero), shared.Opened.Info.BuiltAt);
    }

    [SharedOsvFact]
    public void Log4Shell_is_found_under_its_maven_coordinates_with_all_three_affected_entries()
    {
        var found = shared.Opened.Lookup("Maven", "org.apache.logging.log4j:log4j-core").Where(f => f.Advisory.Id == "GHSA-jfh8-c2jp-5v3q").ToList();

        Assert.Equal(3, found.Count);
        Assert.Equal(["CVE-2021-44228"], found[0].Advisory.Aliases);
        Assert.Equal("Remote code injection in Log4j", found[0].Advisory.Summary);
        Assert.Equal(["2.12.2", "2.15.0", "2.3.1"], found.Select(f => f.Affected.Ranges[0].Events.Single(e => e.Kind == "fixed").Version).Order(StringComparer.Ordinal));
    }

    [SharedOsvFact]
    public void A_pypi_look_up_uses_the_pep_503_name()
    {
        var ids = shared.Opened.Lookup("PyPI", "ProtoBuf").Select(f => f.Advisory.Id).ToList();

        Assert.Contains("PYSEC-2022-48", ids);
        Assert.Contains("GHSA-77rm-9x9h-xj3g", ids);
    }

    [SharedOsvFact]
    public void A_record_filed_under_another_ecosystem_folder_is_indexed_by_its_affected_package()
    {
        // GHSA-77rm-9x9h-xj3g sits in NuGet/ but also affects the PyPI protobuf package.
        Assert.Contains(shared.Opened.Lookup("PyPI", "protobuf"), f => f.Advisory.Id == "GHSA-77rm-9x9h-xj3g");
    }

    [SharedOsvFact]
    public void Debian_records_are_found_by_release_and_source_package()
    {
        var ids = shared.Opened.Lookup("Debian:12", "openssh").Select(f => f.Advisory.Id).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["DEBIAN-CVE-2023-38408", "DEBIAN-CVE-2023-48795"], ids);
        Assert.Empty(shared.Opened.Lookup("Debian:11", "openssh"));
        Assert.Empty(shared.Opened.Lookup("Debian:12", "openssh-client"));
    }

    [SharedOsvFact]
    public void A_crate_is_found_whether_written_with_dash_or_underscore()
    {
        var dashed = shared.Opened.Lookup("crates.io", "remove-dir-all").Select(f => f.Advisory.Id);
        var underscored = shared.Opened.Lookup("crates.io", "remove_dir_all").Select(f => f.Advisory.Id);

        Assert.Contains("RUSTSEC-2023-0018", underscored);
        Assert.Equal(underscored, dashed);
    }

    [SharedOsvFact]
    public void Opening_read_only_and_looking_up_leaves_the_file_unchanged()
    {
        var before = SHA256.HashData(File.ReadAllBytes(shared.Path!));
        var (second, problem) = VulnerabilityDatabase.Open(shared.Path!);
        using (var opened = second ?? throw new InvalidOperationException(problem))
        {
            Assert.NotEmpty(opened.Lookup("npm", "debug"));
            Assert.NotEmpty(shared.Opened.Lookup("npm", "debug"));
        }

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(shared.Path!)));
    }

    [SharedOsvFact]
    public void A_zip_of_some_records_and_a_directory_of_zips_import_the_same_records()
    {
        using var folder = new TempFolder();
        var zips = Directory.CreateDirectory(folder.File("zips")).FullName;
        System.IO.Compression.ZipFile.CreateFromDirectory(SharedOsv.Record("crates.io"), Path.Combine(zips, "crates.io.zip"));
        System.IO.Compression.ZipFile.CreateFromDirectory(SharedOsv.Record("Debian"), Path.Combine(zips, "Debian.zip"));
        var expected = Directory.GetFiles(SharedOsv.Record("crates.io")).Length + Directory.GetFiles(SharedOsv.Record("Debian")).Length;

        var single = Import(folder.File("one.db"), Path.Combine(zips, "Debian.zip"));
        var all = Import(folder.File("all.db"), zips);

        Assert.Equal(Directory.GetFiles(SharedOsv.Record("Debian")).Length, single.Read);
        Assert.Equal(expected, all.Read);
        Assert.Equal(0, all.Refused);
        var (database, problem) = VulnerabilityDatabase.Open(folder.File("all.db"));
        using var opened = database ?? throw new InvalidOperationException(problem);
        Assert.Equal(expected, opened.Info.Advisories);
        Assert.Equal(2, opened.Lookup("Debian:12", "git").Count);
    }

    private static ImportResult Import(string path, string source)
    {
        using var writer = DatabaseWriter.CreateNew(path);
        var result = OsvImporter.Import(source, writer);
        writer.Commit(source, DateTimeOffset.UnixEpoch);
        return result;
    }
}
