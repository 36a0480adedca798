using Bulwark.Scanners.Packages.Database;
using Bulwark.Scanners.Packages.Download;

namespace Bulwark.Cli.Tests;

/// <summary>`bulwark db update` against a local mirror that answers as the OSV bucket does.</summary>
public sealed class DbUpdateTests : IDisposable
{
    private const string LeftPad = """{"id":"GHSA-left-pad0-0001","modified":"2024-01-01T00:00:00Z","summary":"left-pad is broken","affected":[{"package":{"ecosystem":"npm","name":"left-pad"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.3.0"}]}]}]}""";
    private const string Requests = """{"id":"PYSEC-2000-1","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"PyPI","name":"requests"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"2.20.0"}]}]}]}""";

    private readonly TempProject _project = new();
    private readonly OsvMirror _mirror = new();

    private string Cache => _project.Path("cache");

    private string Downloads => CacheDirectory.DownloadFolder(Cache);

    public void Dispose()
    {
        _mirror.Dispose();
        _project.Dispose();
    }

    [Fact]
    public void Update_downloads_each_ecosystem_builds_the_database_and_the_scan_uses_it()
    {
        _mirror.Publish("npm", LeftPad);
        _mirror.Publish("PyPI", Requests);
        _project.Write("app/package-lock.json", """{"lockfileVersion":3,"packages":{"":{"name":"app"},"node_modules/left-pad":{"version":"1.1.0"}}}""");

        var update = Update("npm,PyPI");
        var scan = CliRun.Of(_project.Root, "scan", "app", "--scanners", "packages", "--cache-dir", Cache, "--format", "json");

        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.Contains("npm: downloaded", update.Error, StringComparison.Ordinal);
        Assert.Contains("PyPI: downloaded", update.Error, StringComparison.Ordinal);
        Assert.Contains("imported 2 advisories", update.Output, StringComparison.Ordinal);
        Assert.Contains(scan.Json().GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "GHSA-left-pad0-0001");
    }

    [Fact]
    public void An_unchanged_export_is_not_downloaded_again()
    {
        _mirror.Publish("npm", LeftPad);
        Assert.Equal(0, Update("npm").ExitCode);

        var again = Update("npm");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("npm: unchanged", again.Error, StringComparison.Ordinal);
        Assert.Contains("every export is unchanged", again.Output, StringComparison.Ordinal);
        Assert.Contains("1 advisories", CliRun.Of(_project.Root, "db", "status", "--cache-dir", Cache).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mirror_without_etags_or_checksums_works_and_is_fetched_again_next_time()
    {
        _mirror.Plain = true;
        _mirror.Publish("npm", LeftPad);

        var first = Update("npm");
        var second = Update("npm");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("npm: downloaded", second.Error, StringComparison.Ordinal);
        Assert.Equal(2, _mirror.Requests.Count);
        Assert.Contains("imported 1 advisories", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_off_download_is_resumed_from_where_it_stopped()
    {
        var content = _mirror.Publish("npm", LeftPad, LeftPad.Replace("0001", "0002", StringComparison.Ordinal));
        Directory.CreateDirectory(Downloads);
        var part = Path.Combine(Downloads, OsvExports.FileName("npm") + ".part");
        File.WriteAllBytes(part, content[..(content.Length / 2)]);
        File.WriteAllText(part + ".etag", OsvMirror.ETagOf(content));

        var update = Update("npm");

        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.Contains((Path: "npm/all.zip", Range: $"bytes={content.Length / 2}-"), _mirror.Requests);
        Assert.Contains("npm: resumed at", update.Error, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllBytes(Path.Combine(Downloads, OsvExports.FileName("npm"))));
        Assert.Contains("imported 2 advisories", update.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_download_is_refused_and_the_previous_database_is_kept()
    {
        _mirror.Publish("npm", LeftPad);
        Assert.Equal(0, Update("npm").ExitCode);
        _mirror.Publish("npm", LeftPad, Requests.Replace("PyPI", "npm", StringComparison.Ordinal).Replace("requests", "left-pad", StringComparison.Ordinal));
        _mirror.Damaged.Add("npm");

        var update = Update("npm");

        Assert.Equal(3, update.ExitCode);
        Assert.Contains("arrived damaged", update.Error, StringComparison.Ordinal);
        Assert.Contains("the previous download is used", update.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Downloads, OsvExports.FileName("npm") + ".part")));
        Assert.Contains("imported 1 advisories", update.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ecosystem_the_mirror_lacks_is_a_warning_and_the_others_are_still_loaded()
    {
        _mirror.Publish("npm", LeftPad);

        var update = Update("npm,Hackage");

        Assert.Equal(3, update.ExitCode);
        Assert.Contains("Hackage:", update.Error, StringComparison.Ordinal);
        Assert.Contains("HTTP 404", update.Error, StringComparison.Ordinal);
        Assert.Contains("imported 1 advisories", update.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mirror_comes_from_bulwark_yaml_when_no_flag_names_it()
    {
        _mirror.Publish("PyPI", Requests);
        _project.Write("bulwark.yaml", $"packages:\n  db-mirror: {_mirror.Url}\n");

        var update = CliRun.Of(_project.Root, "db", "update", "--ecosystems", "PyPI", "--cache-dir", Cache);
        var wrong = CliRun.Of(_project.Root, "db", "update", "--mirror", "ftp://example.invalid/", "--cache-dir", Cache);

        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.Contains(_mirror.Requests, r => r.Path == "PyPI/all.zip");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("is not an http(s) URL", wrong.Error, StringComparison.Ordinal);
    }

    private CliRun Update(string ecosystems) =>
        CliRun.Of(_project.Root, "db", "update", "--mirror", _mirror.Url, "--ecosystems", ecosystems, "--cache-dir", Cache);
}
