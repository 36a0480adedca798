using Bulwark.Scanners.Packages.Extractors.JavaScript;
using static Bulwark.Scanners.Packages.Tests.Extractors.JavaScript.JavaScriptTestValues;

namespace Bulwark.Scanners.Packages.Tests.Extractors.JavaScript;

public class PackageLockV1Tests
{
    private const string Lockfile = """
        {
          "name": "legacy",
          "version": "2.0.0",
          "lockfileVersion": 1,
          "requires": true,
          "dependencies": {
            "accepts": {
              "version": "1.3.8",
              "resolved": "https://registry.npmjs.org/accepts/-/accepts-1.3.8.tgz",
              "requires": {
                "mime-types": "~2.1.34"
              }
            },
            "mime-types": {
              "version": "2.1.35",
              "requires": {
                "mime-db": "1.52.0"
              },
              "dependencies": {
                "mime-db": {
                  "version": "1.52.0"
                }
              }
            },
            "mime-db": {
              "version": "1.40.0",
              "dev": true
            },
            "my-lib": {
              "version": "file:../my-lib"
            },
            "old-fork": {
              "version": "github:someone/old-fork#0123abc",
              "from": "github:someone/old-fork"
            },
            "strip-ansi-cjs": {
              "version": "npm:strip-ansi@6.0.1",
              "dev": true
            }
          }
        }
        """;

    private const string Manifest = """
        {
          "name": "legacy",
          "dependencies": { "accepts": "^1.3.0", "old-fork": "github:someone/old-fork" },
          "devDependencies": { "strip-ansi-cjs": "npm:strip-ansi@^6.0.0" }
        }
        """;

    [Fact]
    public void Without_package_json_top_level_entries_have_unknown_scope_and_nested_ones_are_transitive()
    {
        var extraction = new PackageLockExtractor().Extract(Inline("package-lock.json", Lockfile));

        Assert.Equal(
            [
                "accepts@1.3.8 :7 Unknown",
                "mime-types@2.1.35 :14 Unknown",
                "mime-db@1.52.0 :20 Transitive",
                "mime-db@1.40.0 :25 Unknown dev",
                "old-fork@ :32 Unknown",
                "strip-ansi@6.0.1 :36 Unknown dev",
            ],
            Rows(extraction));
        Assert.Empty(extraction.Diagnostics);
    }

    [Fact]
    public void Package_json_beside_the_lockfile_says_which_entries_are_direct()
    {
        var extraction = new PackageLockExtractor().Extract(Inline("app/package-lock.json", Lockfile, ("app/package.json", Manifest)));

        Assert.Equal(
            [
                "accepts@1.3.8 :7 Direct",
                "mime-types@2.1.35 :14 Transitive",
                "mime-db@1.52.0 :20 Transitive",
                "mime-db@1.40.0 :25 Transitive dev",
                "old-fork@ :32 Direct",
                "strip-ansi@6.0.1 :36 Direct dev",
            ],
            Rows(extraction));
    }

    [Fact]
    public void Requires_resolve_to_the_nested_copy_before_the_hoisted_one()
    {
        var extraction = new PackageLockExtractor().Extract(Inline("package-lock.json", Lockfile, ("package.json", Manifest)));

        Assert.Equal(
            [
                "pkg:npm/legacy@2.0.0 -> pkg:npm/accepts@1.3.8",
                "pkg:npm/legacy@2.0.0 -> pkg:npm/old-fork",
                "pkg:npm/legacy@2.0.0 -> pkg:npm/strip-ansi@6.0.1",
                "pkg:npm/accepts@1.3.8 -> pkg:npm/mime-types@2.1.35",
                "pkg:npm/mime-types@2.1.35 -> pkg:npm/mime-db@1.52.0",
            ],
            EdgeRows(extraction));
    }

    [Fact]
    public void A_git_dependency_without_a_registry_version_is_kept_with_an_empty_version_and_a_note()
    {
        var extraction = new PackageLockExtractor().Extract(Inline("package-lock.json", Lockfile));

        var fork = Assert.Single(extraction.Packages, p => p.Name == "old-fork");
        Assert.Equal("", fork.Version);
        Assert.Equal("pkg:npm/old-fork", fork.Purl);
        Assert.Equal("installed from git (github:someone/old-fork#0123abc), not from the npm registry: advisories for the registry package may not apply; the lockfile records no version for it", fork.Note);
    }

    [Fact]
    public void An_unreadable_package_json_is_reported_against_that_file()
    {
        var extraction = new PackageLockExtractor().Extract(Inline("package-lock.json", Lockfile, ("package.json", "{ not json")));

        var diagnostic = Assert.Single(extraction.Diagnostics);
        Assert.Equal(("package.json", 0), (diagnostic.File, diagnostic.Line));
        Assert.Contains("which dependencies are direct is not known", diagnostic.Message);
        Assert.Contains("at line 1, column 3", diagnostic.Message);
        Assert.Equal(6, extraction.Packages.Count);
    }

    [Fact]
    public void A_repeated_dependency_list_in_package_json_counts_as_npm_reads_it_the_last_one()
    {
        const string repeated = """
            {
              "dependencies": { "accepts": "^1.3.0" },
              "dependencies": { "old-fork": "github:someone/old-fork" }
            }
            """;

        var extraction = new PackageLockExtractor().Extract(Inline("package-lock.json", Lockfile, ("package.json", repeated)));

        Assert.Equal(
            ["accepts@1.3.8 :7 Transitive", "old-fork@ :32 Direct"],
            Rows(extraction).Where(r => r.StartsWith("accepts", StringComparison.Ordinal) || r.StartsWith("old-fork", StringComparison.Ordinal)));
    }
}
