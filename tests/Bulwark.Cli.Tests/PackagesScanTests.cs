using System.Text.Json;
using Bulwark.Scanners.Packages.Database;
using Bulwark.Scanners.Packages.Osv;
using NJsonSchema;

namespace Bulwark.Cli.Tests;

/// <summary>
/// The packages scanner end to end: a database imported from the real advisories in ../shared/osv, a tree of
/// lockfiles, and what `bulwark scan`, `bulwark sbom` and `bulwark db` make of them.
/// </summary>
public sealed class PackagesScanTests : IDisposable
{
    private const string NpmLock = """
        {
          "name": "shop",
          "version": "1.0.0",
          "lockfileVersion": 3,
          "packages": {
            "": { "name": "shop", "version": "1.0.0", "dependencies": { "lodash": "^4.17.0", "minimist": "1.2.0" } },
            "node_modules/lodash": { "version": "4.17.21" },
            "node_modules/minimist": { "version": "1.2.0" }
          }
        }
        """;

    private readonly TempProject _project = new();

    private string Cache => _project.Path("cache");

    public void Dispose() => _project.Dispose();

    [SharedOsvFact]
    public void A_vulnerable_lockfile_entry_is_a_finding_at_its_line_named_by_the_advisory_with_aliases_and_the_fix()
    {
        Import();
        _project.Write("app/package-lock.json", NpmLock);

        var run = CliRun.Of(_project.Root, "scan", "app", "--scanners", "packages", "--cache-dir", Cache, "--format", "json", "--fail-on", "critical");

        Assert.True(run.ExitCode == 1, run.ToString());
        var findings = run.Json().GetProperty("findings").EnumerateArray().ToList();
        // lodash 4.17.21 is the fixed release of every lodash advisory in the data: only minimist is reported.
        Assert.All(findings, f => Assert.Equal("package-lock.json", f.GetProperty("location").GetProperty("path").GetString()));
        Assert.DoesNotContain(findings, f => f.GetProperty("message").GetString()!.StartsWith("lodash", StringComparison.Ordinal));
        var pollution = findings.Single(f => f.GetProperty("ruleId").GetString() == "GHSA-xvch-5gv4-984h");
        Assert.Equal(8, pollution.GetProperty("location").GetProperty("startLine").GetInt32());
        Assert.Equal("critical", pollution.GetProperty("severity").GetString());
        var message = pollution.GetProperty("message").GetString()!;
        Assert.Contains("minimist 1.2.0", message, StringComparison.Ordinal);
        Assert.Contains("CVE-2021-44906", message, StringComparison.Ordinal);
        Assert.Contains("Fixed in 1.2.6", message, StringComparison.Ordinal);
        var notes = run.Json().GetProperty("notes").EnumerateArray().ToList();
        Assert.Contains(notes, n => n.GetProperty("message").GetString()!.Contains("advisories", StringComparison.Ordinal) && n.GetProperty("level").GetString() == "info");
    }

    [Fact]
    public void Ignore_unfixed_leaves_out_advisories_with_no_fixed_version_and_says_how_many()
    {
        WriteDatabase(
            """{"id":"GHSA-fix1-fix1-fix1","modified":"2024-01-01T00:00:00Z","summary":"fixed one","affected":[{"package":{"ecosystem":"npm","name":"minimist"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.2.6"}]}]}]}""",
            """{"id":"GHSA-open-open-open","modified":"2024-01-01T00:00:00Z","summary":"unfixed one","affected":[{"package":{"ecosystem":"npm","name":"minimist"},"ranges":[{"type":"SEMVER","events":[{"introduced":"1.0.0"}]}]}]}""");
        _project.Write("app/package-lock.json", NpmLock);

        var all = CliRun.Of(_project.Root, "scan", "app", "--scanners", "packages", "--cache-dir", Cache, "--format", "json");
        var fixedOnly = CliRun.Of(_project.Root, "scan", "app", "--scanners", "packages", "--cache-dir", Cache, "--format", "json", "--ignore-unfixed");

        Assert.Equal(["GHSA-fix1-fix1-fix1", "GHSA-open-open-open"], RuleIds(all));
        Assert.Equal(["GHSA-fix1-fix1-fix1"], RuleIds(fixedOnly));
        Assert.Contains("No fixed version is known yet", all.Json().GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "GHSA-open-open-open").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(fixedOnly.Json().GetProperty("notes").EnumerateArray(), n => n.GetProperty("message").GetString()!.StartsWith("1 vulnerabilities with no fixed version", StringComparison.Ordinal));
    }

    [SharedOsvFact]
    public void A_vex_statement_suppresses_the_finding_and_the_cyclonedx_report_carries_its_analysis_and_validates()
    {
        Import();
        _project.Write("app/package-lock.json", NpmLock).Write("vex.json", """
            {
              "@context": "https://openvex.dev/ns/v0.2.0",
              "@id": "https://example.com/vex/shop-1",
              "author": "shop security",
              "timestamp": "2026-11-01T00:00:00Z",
              "version": 1,
              "statements": [
                {
                  "vulnerability": { "name": "CVE-2021-44906" },
                  "products": [ { "@id": "pkg:npm/minimist@1.2.0" } ],
                  "status": "not_affected",
                  "justification": "vulnerable_code_not_in_execute_path",
                  "impact_statement": "argv is never parsed from untrusted input"
                }
              ]
            }
            """);

        var json = CliRun.Of(_project.Root, "scan", "app", "--scanners", "packages", "--cache-dir", Cache, "--vex", "vex.json", "--format", "json");
        var cyclonedx = CliRun.Of(_project.Root, "scan", "app", "--scanners", "packages", "--cache-dir", Cache, "--vex", "vex.json", "--format", "cyclonedx");

        Assert.DoesNotContain(json.Json().GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "GHSA-xvch-5gv4-984h");
        var suppressed = json.Json().GetProperty("suppressed").EnumerateArray().Single(s => s.GetProperty("finding").GetProperty("ruleId").GetString() == "GHSA-xvch-5gv4-984h");
        Assert.Contains("not affected", suppressed.GetProperty("reason").GetString(), StringComparison.Ordinal);
        AssertValid(cyclonedx.Output, "bom-1.6.schema.json");
        var vulnerability = cyclonedx.Json().GetProperty("vulnerabilities").EnumerateArray().Single(v => v.GetProperty("id").GetString() == "GHSA-xvch-5gv4-984h");
        Assert.Equal("not_affected", vulnerability.GetProperty("analysis").GetProperty("state").GetString());
        Assert.Equal("pkg:npm/minimist@1.2.0", vulnerability.GetProperty("affects")[0].GetProperty("ref").GetString());
        Assert.Contains(cyclonedx.Json().GetProperty("components").EnumerateArray(), c => c.GetProperty("purl").GetString() == "pkg:npm/lodash@4.17.21");

        // The CycloneDX report is itself a VEX document: handed back, it settles the same finding.
        File.WriteAllText(_project.Path("decided.vex.cdx.json"), cyclonedx.Output);
        var again = CliRun.Of(_project.Root, "scan", "app", "--scanners", "packages", "--cache-dir", Cache, "--vex", "decided.vex.cdx.json", "--format", "json");
        Assert.Contains(again.Json().GetProperty("suppressed").EnumerateArray(), s => s.GetProperty("finding").GetProperty("ruleId").GetString() == "GHSA-xvch-5gv4-984h");
        Assert.Equal(RuleIds(json), RuleIds(again));
    }

    [SharedOsvFact]
    public void Sbom_writes_valid_cyclonedx_and_spdx_and_scan_sbom_reads_it_back()
    {
        Import();
        _project.Write("app/package-lock.json", NpmLock).Write("app/requirements.txt", "requests==2.19.0\n");

        var cyclonedx = CliRun.Of(_project.Root, "sbom", "app");
        var spdx = CliRun.Of(_project.Root, "sbom", "app", "--format", "spdx-json");
        File.WriteAllText(_project.Path("bom.json"), cyclonedx.Output);
        var rescanned = CliRun.Of(_project.Root, "scan", "--sbom", "bom.json", "--scanners", "packages", "--cache-dir", Cache, "--format", "json");

        Assert.True(cyclonedx.ExitCode == 0, cyclonedx.ToString());
        AssertValid(cyclonedx.Output, "bom-1.6.schema.json");
        AssertSpdx23(spdx.Json());
        Assert.Equal(
            ["pkg:npm/lodash@4.17.21", "pkg:npm/minimist@1.2.0", "pkg:pypi/requests@2.19.0"],
            cyclonedx.Json().GetProperty("components").EnumerateArray().Select(c => c.GetProperty("purl").GetString()!).Order(StringComparer.Ordinal));
        var ids = rescanned.Json().GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
        Assert.Contains("GHSA-xvch-5gv4-984h", ids);
        Assert.Contains("PYSEC-2018-28", ids);
        Assert.All(rescanned.Json().GetProperty("findings").EnumerateArray(), f => Assert.Equal("bom.json", f.GetProperty("location").GetProperty("path").GetString()));
    }

    [Fact]
    public void Without_a_database_the_inventory_is_still_made_and_a_warning_says_why_nothing_was_checked()
    {
        _project.Write("app/package-lock.json", NpmLock);

        var run = CliRun.Of(_project.Root, "scan", "app", "--scanners", "packages", "--cache-dir", Cache, "--format", "json");
        var strict = CliRun.Of(_project.Root, "scan", "app", "--scanners", "packages", "--cache-dir", Cache, "--format", "json", "--fail-on-error");

        Assert.True(run.ExitCode == 0, run.ToString());
        var note = Assert.Single(run.Json().GetProperty("notes").EnumerateArray());
        Assert.Equal("warning", note.GetProperty("level").GetString());
        Assert.Contains("bulwark db update", note.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, strict.ExitCode);
    }

    [Fact]
    public void A_database_older_than_the_limit_gives_a_warning_in_the_report()
    {
        WriteDatabase(DateTimeOffset.UtcNow.AddDays(-10), """{"id":"GHSA-aaaa-bbbb-cccc","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"npm","name":"left-pad"},"versions":["1.0.0"]}]}""");
        _project.Write("app/package-lock.json", NpmLock);

        var run = CliRun.Of(_project.Root, "scan", "app", "--scanners", "packages", "--cache-dir", Cache, "--format", "json", "--packages-max-db-age", "9d");
        var relaxed = CliRun.Of(_project.Root, "scan", "app", "--scanners", "packages", "--cache-dir", Cache, "--format", "json", "--packages-max-db-age", "11d");

        var note = Assert.Single(run.Json().GetProperty("notes").EnumerateArray());
        Assert.Equal("warning", note.GetProperty("level").GetString());
        Assert.Contains("10 days old", note.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("older than the 9d allowed", note.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("info", Assert.Single(relaxed.Json().GetProperty("notes").EnumerateArray()).GetProperty("level").GetString());
    }

    [Fact]
    public void A_lockfile_that_does_not_parse_is_reported_at_its_line_and_the_other_files_are_still_read()
    {
        _project.Write("app/package-lock.json", NpmLock).Write("app/Cargo.lock", "version = 3\n\n[[package]]\nname = \"serde\"\nversion = \"1.0.0\n");

        var run = CliRun.Of(_project.Root, "sbom", "app");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"Cargo\.lock:5", run.Error);
        Assert.Equal(2, run.Json().GetProperty("components").GetArrayLength());
    }

    [SharedOsvFact]
    public void Db_import_and_status_report_what_the_database_holds()
    {
        var import = CliRun.Of(_project.Root, "db", "import", SharedData.Osv!, "--cache-dir", Cache);
        var status = CliRun.Of(_project.Root, "db", "status", "--cache-dir", Cache);
        var missing = CliRun.Of(_project.Root, "db", "import", "no-such-dir", "--cache-dir", Cache);
        var none = CliRun.Of(_project.Root, "db", "status", "--cache-dir", _project.Path("empty"));

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Matches(@"imported 2,\d{3} advisories", import.Output);
        Assert.Contains("PyPI", status.Output, StringComparison.Ordinal);
        Assert.Contains("Debian", status.Output, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no-such-dir", missing.Error, StringComparison.Ordinal);
        Assert.Equal(3, none.ExitCode);
        Assert.Contains("bulwark db update", none.Error, StringComparison.Ordinal);
    }

    private static List<string> RuleIds(CliRun run) =>
        [.. run.Json().GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).Order(StringComparer.Ordinal)];

    private void WriteDatabase(params string[] advisories) => WriteDatabase(DateTimeOffset.UtcNow, advisories);

    private void WriteDatabase(DateTimeOffset builtAt, params string[] advisories)
    {
        using var writer = DatabaseWriter.CreateNew(CacheDirectory.DatabasePath(Cache));
        foreach (var advisory in advisories)
        {
            writer.Add(OsvReader.Read(System.Text.Encoding.UTF8.GetBytes(advisory)).Advisory!);
        }

        writer.Commit("test", builtAt);
    }

    // ../shared/schemas has no SPDX 2.3 document schema (its spdx.schema.json is the licence-id list CycloneDX
    // uses), so the fields SPDX 2.3 requires of a document and its packages are checked one by one.
    private static void AssertSpdx23(JsonElement document)
    {
        Assert.Equal("SPDX-2.3", document.GetProperty("spdxVersion").GetString());
        Assert.Equal("CC0-1.0", document.GetProperty("dataLicense").GetString());
        Assert.Equal("SPDXRef-DOCUMENT", document.GetProperty("SPDXID").GetString());
        Assert.False(string.IsNullOrEmpty(document.GetProperty("name").GetString()));
        Assert.StartsWith("https://", document.GetProperty("documentNamespace").GetString(), StringComparison.Ordinal);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", document.GetProperty("creationInfo").GetProperty("created").GetString());
        Assert.Contains(document.GetProperty("creationInfo").GetProperty("creators").EnumerateArray(), c => c.GetString()!.StartsWith("Tool: bulwark", StringComparison.Ordinal));
        var ids = new HashSet<string>(StringComparer.Ordinal) { "SPDXRef-DOCUMENT" };
        foreach (var package in document.GetProperty("packages").EnumerateArray())
        {
            Assert.Matches(@"^SPDXRef-[A-Za-z0-9.\-]+$", package.GetProperty("SPDXID").GetString());
            Assert.True(ids.Add(package.GetProperty("SPDXID").GetString()!), "SPDXIDs are unique");
            Assert.False(string.IsNullOrEmpty(package.GetProperty("name").GetString()));
            Assert.True(package.TryGetProperty("downloadLocation", out _));
        }

        foreach (var relationship in document.GetProperty("relationships").EnumerateArray())
        {
            Assert.Contains(relationship.GetProperty("spdxElementId").GetString()!, ids);
            Assert.Contains(relationship.GetProperty("relatedSpdxElement").GetString()!, ids);
        }
    }

    private void Import()
    {
        var run = CliRun.Of(_project.Root, "db", "import", SharedData.Osv!, "--cache-dir", Cache);
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    private static void AssertValid(string json, string schemaFile)
    {
        var schema = JsonSchema.FromFileAsync(Path.Combine(SharedData.Schemas!, schemaFile)).GetAwaiter().GetResult();
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }
}
