using Bulwark.Scanners.Packages.Database;
using Bulwark.Scanners.Packages.Matching;
using Bulwark.Scanners.Packages.Model;
using Bulwark.Scanners.Packages.Tests.Database;

namespace Bulwark.Scanners.Packages.Tests.Matching;

public sealed class PackageMatcherTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_vulnerable_version_matches_and_the_fixed_version_does_not()
    {
        using var database = Build(InlineRecords.Record("GHSA-1", "2024-01-01T00:00:00Z", "npm", "left-pad", "1.3.0"));

        var result = PackageMatcher.Match([Packages.Of("npm", "left-pad", "1.2.9"), Packages.Of("npm", "left-pad", "1.3.0", line: 2)], database);

        var match = Assert.Single(result.Matches);
        Assert.Equal("1.2.9", match.Package.Version);
        Assert.Equal("GHSA-1", match.Primary.Id);
        Assert.Equal(["1.3.0"], match.FixedIn);
    }

    [Fact]
    public void A_withdrawn_advisory_never_matches()
    {
        using var database = Build("""
            {"id": "GHSA-w", "modified": "2024-01-01T00:00:00Z", "withdrawn": "2024-01-02T00:00:00Z",
             "affected": [{"package": {"ecosystem": "npm", "name": "left-pad"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}]}]}]}
            """);

        Assert.Empty(PackageMatcher.Match([Packages.Of("npm", "left-pad", "1.0.0")], database).Matches);
    }

    [Fact]
    public void Ghsa_pysec_and_cve_records_of_one_bug_are_one_match_named_by_the_ghsa()
    {
        using var database = Build(
            """{"id": "PYSEC-2022-48", "modified": "2022-01-01T00:00:00Z", "aliases": ["CVE-2021-22570", "GHSA-77rm-9x9h-xj3g"], "affected": [{"package": {"ecosystem": "PyPI", "name": "protobuf"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "3.15.0"}]}]}]}""",
            """{"id": "GHSA-77rm-9x9h-xj3g", "modified": "2022-01-01T00:00:00Z", "aliases": ["CVE-2021-22570"], "affected": [{"package": {"ecosystem": "PyPI", "name": "protobuf"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "3.15.0"}]}]}]}""",
            """{"id": "CVE-2021-22570", "modified": "2022-01-01T00:00:00Z", "affected": [{"package": {"ecosystem": "PyPI", "name": "protobuf"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "3.15.0"}]}]}]}""");

        var match = Assert.Single(PackageMatcher.Match([Packages.Of("PyPI", "Protobuf", "3.14.0")], database).Matches);

        Assert.Equal("GHSA-77rm-9x9h-xj3g", match.Primary.Id);
        Assert.Equal(3, match.Advisories.Count);
        Assert.Equal(["GHSA-77rm-9x9h-xj3g", "CVE-2021-22570", "PYSEC-2022-48"], match.Ids);
        Assert.Equal(["3.15.0"], match.FixedIn);
    }

    [Fact]
    public void Fixed_versions_of_a_group_are_listed_lowest_first_even_when_written_without_the_go_v()
    {
        using var database = Build(
            """{"id": "GO-1", "modified": "2022-01-01T00:00:00Z", "aliases": ["CVE-1"], "affected": [{"package": {"ecosystem": "Go", "name": "golang.org/x/net"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "0.10.0"}]}]}]}""",
            """{"id": "GHSA-1", "modified": "2022-01-01T00:00:00Z", "aliases": ["CVE-1"], "affected": [{"package": {"ecosystem": "Go", "name": "golang.org/x/net"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "0.9.0"}]}]}]}""");

        var match = Assert.Single(PackageMatcher.Match([Packages.Of("Go", "golang.org/x/net", "v0.8.0")], database).Matches);

        Assert.Equal(["0.9.0", "0.10.0"], match.FixedIn);
    }

    [Fact]
    public void Separate_bugs_of_one_package_are_separate_matches()
    {
        using var database = Build(
            InlineRecords.Record("GHSA-1", "2024-01-01T00:00:00Z", "npm", "lodash", "4.17.21"),
            InlineRecords.Record("GHSA-2", "2024-01-01T00:00:00Z", "npm", "lodash", "4.17.12"));

        var matches = PackageMatcher.Match([Packages.Of("npm", "lodash", "4.17.11")], database).Matches;

        Assert.Equal(["GHSA-1", "GHSA-2"], matches.Select(m => m.Primary.Id));
    }

    [Fact]
    public void Debian_packages_match_on_their_source_package_and_release()
    {
        using var database = Build(
            InlineRecords.Record("DEBIAN-CVE-2023-48795", "2024-01-01T00:00:00Z", "Debian:12", "openssh", "1:9.2p1-2+deb12u2"),
            InlineRecords.Record("DEBIAN-CVE-OLD", "2024-01-01T00:00:00Z", "Debian:11", "openssh", "1:9.9p1-1"));

        var result = PackageMatcher.Match(
            [
                Packages.Debian("openssh-client", "1:9.2p1-2+deb12u1", "openssh"),
                Packages.Debian("openssh-server", "1:9.2p1-2+deb12u2", "openssh"),
                Packages.Debian("openssh-sftp-server", "1:9.2p1-2+deb12u3", "openssh"),
            ],
            database);

        var match = Assert.Single(result.Matches);
        Assert.Equal("openssh-client", match.Package.Name);
        Assert.Equal("DEBIAN-CVE-2023-48795", match.Primary.Id);
    }

    [Fact]
    public void A_binnmu_is_judged_by_its_source_version()
    {
        using var database = Build(InlineRecords.Record("DEBIAN-CVE-1", "2024-01-01T00:00:00Z", "Debian:12", "libfoo", "1.2-3"));

        var result = PackageMatcher.Match([Packages.Debian("libfoo1", "1.2-3+b1", "libfoo", sourceVersion: "1.2-2")], database);

        Assert.Single(result.Matches);
    }

    [Fact]
    public void Packages_that_cannot_be_checked_are_reported_with_why()
    {
        using var database = Build(InlineRecords.Record("GHSA-1", "2024-01-01T00:00:00Z", "PyPI", "django", "4.0"));

        var result = PackageMatcher.Match(
            [
                Packages.Of("PyPI", "django", ""),
                Packages.Of("PyPI", "django", "not a version!"),
                Packages.Debian("bash", "5.2.15-2+b2", "bash") with { Release = null },
            ],
            database);

        Assert.Empty(result.Matches);
        Assert.Equal(3, result.Unchecked.Count);
        Assert.Contains(result.Unchecked, u => u.Reason == "no exact version (not pinned)");
        Assert.Contains(result.Unchecked, u => u.Reason.Contains("is not a valid pep440 version", StringComparison.Ordinal));
        Assert.Contains(result.Unchecked, u => u.Reason == "the distribution release is not known");
    }

    [Fact]
    public void Matches_come_out_in_file_line_and_id_order()
    {
        using var database = Build(
            InlineRecords.Record("GHSA-b", "2024-01-01T00:00:00Z", "npm", "a", "2.0.0"),
            InlineRecords.Record("GHSA-a", "2024-01-01T00:00:00Z", "npm", "a", "2.0.0"),
            InlineRecords.Record("GHSA-c", "2024-01-01T00:00:00Z", "npm", "b", "2.0.0"));

        var matches = PackageMatcher.Match([Packages.Of("npm", "b", "1.0.0", line: 9), Packages.Of("npm", "a", "1.0.0", line: 3)], database).Matches;

        Assert.Equal(["a GHSA-a", "a GHSA-b", "b GHSA-c"], matches.Select(m => $"{m.Package.Name} {m.Primary.Id}"));
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();

    private VulnerabilityDatabase Build(params string[] records)
    {
        for (var i = 0; i < records.Length; i++)
        {
            _folder.Write($"records/{i}.json", records[i]);
        }

        var path = CacheDirectory.DatabasePath(_folder.Path);
        using (var writer = DatabaseWriter.CreateNew(path))
        {
            var result = OsvImporter.Import(_folder.File("records"), writer);
            Assert.Equal(0, result.Refused);
            writer.Commit("test", DateTimeOffset.UnixEpoch);
        }

        var (database, problem) = VulnerabilityDatabase.Open(path);
        return database ?? throw new InvalidOperationException(problem);
    }
}
