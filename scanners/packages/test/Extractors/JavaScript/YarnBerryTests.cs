using Bulwark.Scanners.Packages.Extractors.JavaScript;
using static Bulwark.Scanners.Packages.Tests.Extractors.JavaScript.JavaScriptTestValues;

namespace Bulwark.Scanners.Packages.Tests.Extractors.JavaScript;

public class YarnBerryTests
{
    private const string Scenario = "yarn-berry-with-workspaces-patches-and-a-portal";
    private static readonly YarnLockExtractor Extractor = new();

    [Fact]
    public void Registry_and_patched_entries_are_packages_and_workspaces_and_portals_are_not()
    {
        var extraction = Extractor.Extract(Fixture(Scenario, "yarn.lock"));

        Assert.Equal(
            [
                "@types/node@20.11.5 :8 Direct dev",
                "fsevents@2.3.3 :17 Direct",
                "left-pad@1.3.0 :36 Direct",
                "lodash@4.17.21 :50 Direct",
                "undici-types@5.26.5 :88 Direct dev",
            ],
            Rows(extraction));
        Assert.Empty(extraction.Diagnostics);
    }

    [Fact]
    public void A_project_patch_is_noted_and_a_builtin_compatibility_patch_is_not()
    {
        var extraction = Extractor.Extract(Fixture(Scenario, "yarn.lock"));

        Assert.Equal(
            "patched by the project (~/.yarn/patches/left-pad-npm-1.3.0-abc.patch::version=1.3.0&hash=123abc): the patch may change which advisories apply",
            Assert.Single(extraction.Packages, p => p.Name == "left-pad").Note);
        Assert.Null(Assert.Single(extraction.Packages, p => p.Name == "fsevents").Note);
    }

    [Fact]
    public void Dependencies_resolve_through_descriptors_with_or_without_the_npm_protocol()
    {
        var extraction = Extractor.Extract(Fixture(Scenario, "yarn.lock"));

        Assert.Equal(["pkg:npm/%40types/node@20.11.5 -> pkg:npm/undici-types@5.26.5"], EdgeRows(extraction));
    }

    [Fact]
    public void Without_package_json_workspace_dependencies_are_direct_but_none_is_known_to_be_dev()
    {
        var extraction = Extractor.Extract(Inline("yarn.lock", """
            __metadata:
              version: 6

            "is-odd@npm:^3.0.1":
              version: 3.0.1
              resolution: "is-odd@npm:3.0.1"
              dependencies:
                is-number: ^6.0.0

            "is-number@npm:^6.0.0":
              version: 6.0.0
              resolution: "is-number@npm:6.0.0"

            "root@workspace:.":
              version: 0.0.0-use.local
              resolution: "root@workspace:."
              dependencies:
                is-odd: ^3.0.1
            """));

        Assert.Equal(["is-odd@3.0.1 :4 Direct", "is-number@6.0.0 :10 Transitive"], Rows(extraction));
        Assert.Equal(["pkg:npm/is-odd@3.0.1 -> pkg:npm/is-number@6.0.0"], EdgeRows(extraction));
    }

    [Fact]
    public void A_git_dependency_keeps_its_version_with_a_note()
    {
        var extraction = Extractor.Extract(Inline("yarn.lock", """
            __metadata:
              version: 8

            "forked@https://github.com/someone/forked.git#commit=0123abcd":
              version: 2.1.0
              resolution: "forked@https://github.com/someone/forked.git#commit=0123abcd"
            """));

        var forked = Assert.Single(extraction.Packages);
        Assert.Equal("forked@2.1.0 :4 Unknown", Show(forked));
        Assert.StartsWith("installed from git (https://github.com/someone/forked.git#commit=0123abcd)", forked.Note);
    }

    [Fact]
    public void Entries_without_resolution_or_version_are_reported_and_the_rest_is_read()
    {
        var extraction = Extractor.Extract(Inline("yarn.lock", """
            __metadata:
              version: 8

            "a@npm:^1.0.0":
              version: 1.0.0

            "b@https://example.com/b.tgz":
              resolution: "b@https://example.com/b.tgz"

            "c@npm:^3.0.0":
              version: 3.0.0
              resolution: "c@npm:3.0.0"
            """));

        Assert.Equal(["c@3.0.0 :10 Unknown"], Rows(extraction));
        Assert.Equal(
            [
                "yarn.lock:4 entry \"a@npm:^1.0.0\" has no resolution; skipped",
                "yarn.lock:7 entry \"b@https://example.com/b.tgz\" has no version; skipped",
            ],
            DiagnosticRows(extraction));
    }
}
