using Bulwark.Scanners.Packages.Database;
using Bulwark.Scanners.Packages.Osv;

namespace Bulwark.Scanners.Packages.Tests.Database;

public sealed class DatabaseWriterTests : IDisposable
{
    private static readonly DateTimeOffset Built = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_newer_modified_time_replaces_the_stored_advisory()
    {
        var path = Build(Advisory("GHSA-1", "2024-01-01T00:00:00Z", "old summary", "1.0.0"));

        Add(path, Advisory("GHSA-1", "2024-06-01T00:00:00Z", "new summary", "2.0.0"));

        var found = Assert.Single(Lookup(path, "npm", "left-pad"));
        Assert.Equal("new summary", found.Advisory.Summary);
        Assert.Equal("2.0.0", found.Affected.Ranges[0].Events[1].Version);
    }

    [Fact]
    public void An_older_modified_time_does_not_replace_the_stored_advisory()
    {
        var path = Build(Advisory("GHSA-1", "2024-06-01T00:00:00Z", "new summary", "2.0.0"));

        var older = Add(path, Advisory("GHSA-1", "2024-01-01T00:00:00Z", "old summary", "1.0.0"));

        Assert.Equal(1, older);
        var found = Assert.Single(Lookup(path, "npm", "left-pad"));
        Assert.Equal("new summary", found.Advisory.Summary);
    }

    [Fact]
    public void Modified_times_compare_as_instants_not_as_text()
    {
        // As text "…00Z" sorts after "…00.5Z"; as instants it is half a second earlier.
        var path = Build(Advisory("GHSA-1", "2024-06-01T00:00:00Z", "whole second", "1.0.0"));

        Add(path, Advisory("GHSA-1", "2024-06-01T00:00:00.5Z", "later by half a second", "1.0.0"));
        Add(path, Advisory("GHSA-1", "2024-06-01T01:00:00+02:00", "an hour earlier in another zone", "1.0.0"));

        Assert.Equal("later by half a second", Assert.Single(Lookup(path, "npm", "left-pad")).Advisory.Summary);
    }

    [Fact]
    public void A_replaced_advisory_no_longer_lists_the_packages_it_dropped()
    {
        var path = Build(Advisory("GHSA-1", "2024-01-01T00:00:00Z", "s", "1.0.0"));

        Add(path, Advisory("GHSA-1", "2024-06-01T00:00:00Z", "s", "1.0.0") with
        {
            Affected = [new OsvAffected { Ecosystem = "npm", Name = "right-pad" }],
        });

        Assert.Empty(Lookup(path, "npm", "left-pad"));
        Assert.Single(Lookup(path, "npm", "right-pad"));
    }

    [Fact]
    public void An_uncommitted_new_database_leaves_the_old_file_as_it_was()
    {
        var path = Build(Advisory("GHSA-1", "2024-01-01T00:00:00Z", "kept", "1.0.0"));
        var before = File.ReadAllBytes(path);

        using (var writer = DatabaseWriter.CreateNew(path))
        {
            writer.Add(Advisory("GHSA-2", "2024-01-01T00:00:00Z", "never committed", "1.0.0"));
        }

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.False(File.Exists(path + ".new"));
    }

    [Fact]
    public void Commit_records_the_source_the_time_and_the_counts()
    {
        var path = Build(
            Advisory("GHSA-1", "2024-01-01T00:00:00Z", "s", "1.0.0"),
            Advisory("GHSA-2", "2024-01-01T00:00:00Z", "s", "1.0.0") with
            {
                Affected = [new OsvAffected { Ecosystem = "Debian:12", Name = "openssh" }, new OsvAffected { Ecosystem = "Debian:11", Name = "openssh" }],
            });

        var (database, problem) = VulnerabilityDatabase.Open(path);
        using var opened = database ?? throw new InvalidOperationException(problem);

        Assert.Equal("test source", opened.Info.Source);
        Assert.Equal(Built, opened.Info.BuiltAt);
        Assert.Equal(2, opened.Info.Advisories);
        Assert.Equal(new Dictionary<string, long> { ["npm"] = 1, ["Debian"] = 2 }, opened.Info.ByEcosystem);
    }

    [Fact]
    public void A_withdrawn_advisory_is_stored_with_its_withdrawal()
    {
        var path = Build(Advisory("GHSA-1", "2024-01-01T00:00:00Z", "s", "1.0.0") with { Withdrawn = "2024-02-01T00:00:00Z" });

        Assert.Equal("2024-02-01T00:00:00Z", Assert.Single(Lookup(path, "npm", "left-pad")).Advisory.Withdrawn);
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();

    private static OsvAdvisory Advisory(string id, string modified, string summary, string fixedIn) => new()
    {
        Id = id,
        Modified = modified,
        Summary = summary,
        Aliases = ["CVE-2024-0001"],
        Affected =
        [
            new OsvAffected
            {
                Ecosystem = "npm",
                Name = "left-pad",
                Ranges = [new OsvRange("SEMVER", [new OsvEvent("introduced", "0"), new OsvEvent("fixed", fixedIn)])],
            },
        ],
    };

    private static long Add(string path, OsvAdvisory advisory)
    {
        using var writer = DatabaseWriter.Open(path);
        writer.Add(advisory);
        writer.Commit("test source", Built);
        return writer.Older;
    }

    private static IReadOnlyList<(OsvAdvisory Advisory, OsvAffected Affected)> Lookup(string path, string ecosystem, string name)
    {
        var (database, problem) = VulnerabilityDatabase.Open(path);
        using var opened = database ?? throw new InvalidOperationException(problem);
        return opened.Lookup(ecosystem, name);
    }

    private string Build(params OsvAdvisory[] advisories)
    {
        var path = CacheDirectory.DatabasePath(_folder.Path);
        using var writer = DatabaseWriter.CreateNew(path);
        foreach (var advisory in advisories)
        {
            writer.Add(advisory);
        }

        writer.Commit("test source", Built);
        return path;
    }
}
