using Bulwark.Scanners.Packages.Extractors.JavaScript;
using Bulwark.Scanners.Packages.Model;
using static Bulwark.Scanners.Packages.Tests.Extractors.JavaScript.JavaScriptTestValues;

namespace Bulwark.Scanners.Packages.Tests.Extractors.JavaScript;

public class PackageLockExtractorTests
{
    private static readonly PackageLockExtractor Extractor = new();

    [Theory]
    [InlineData("package-lock.json", true)]
    [InlineData("web/npm-shrinkwrap.json", true)]
    [InlineData("web/package.json", false)]
    [InlineData("node_modules/.package-lock.json", false)]
    [InlineData("package-lock.json.bak", false)]
    public void Recognises_lockfiles_and_shrinkwraps_by_name(string path, bool expected) =>
        Assert.Equal(expected, Extractor.Recognises(path));

    [Fact]
    public void A_v3_lockfile_gives_every_installed_package_with_its_scope_dev_flag_and_entry_line()
    {
        var extraction = Extractor.Extract(Fixture("lockfile-v3-with-a-workspace-nested-copies-and-a-git-dependency", "package-lock.json"));

        Assert.Equal(
            [
                "body-parser@1.20.1 :25 Transitive",
                "debug@2.6.9 :33 Transitive",
                "ms@2.0.0 :41 Transitive",
                "debug@4.3.4 :46 Transitive dev",
                "express@4.18.2 :55 Direct",
                "jest-lite@1.0.0 :63 Direct dev",
                "left-pad-fork@1.3.0 :75 Direct",
                "ms@2.1.2 :79 Transitive dev",
                "string-width@4.2.3 :85 Direct",
                "react@18.2.0 :99 Direct",
            ],
            Rows(extraction));
        Assert.Empty(extraction.Diagnostics);
    }

    [Fact]
    public void Edges_follow_node_resolution_from_nested_folders_and_workspaces()
    {
        var extraction = Extractor.Extract(Fixture("lockfile-v3-with-a-workspace-nested-copies-and-a-git-dependency", "package-lock.json"));

        Assert.Equal(
            [
                "pkg:npm/shop@1.0.0 -> pkg:npm/express@4.18.2",
                "pkg:npm/shop@1.0.0 -> pkg:npm/left-pad-fork@1.3.0",
                "pkg:npm/shop@1.0.0 -> pkg:npm/jest-lite@1.0.0",
                "pkg:npm/%40shop/ui@0.1.0 -> pkg:npm/react@18.2.0",
                "pkg:npm/%40shop/ui@0.1.0 -> pkg:npm/string-width@4.2.3",
                "pkg:npm/body-parser@1.20.1 -> pkg:npm/debug@2.6.9",
                "pkg:npm/debug@2.6.9 -> pkg:npm/ms@2.0.0",
                "pkg:npm/debug@4.3.4 -> pkg:npm/ms@2.1.2",
                "pkg:npm/express@4.18.2 -> pkg:npm/body-parser@1.20.1",
                "pkg:npm/jest-lite@1.0.0 -> pkg:npm/debug@4.3.4",
            ],
            EdgeRows(extraction));
    }

    [Fact]
    public void Packages_carry_ecosystem_purl_file_and_a_note_for_a_git_source()
    {
        var extraction = Extractor.Extract(Fixture("lockfile-v3-with-a-workspace-nested-copies-and-a-git-dependency", "package-lock.json"));

        var react = Assert.Single(extraction.Packages, p => p.Name == "react");
        Assert.Equal((Ecosystems.Npm, "pkg:npm/react@18.2.0", "package-lock.json", (string?)null), (react.Ecosystem, react.Purl, react.File, react.Note));
        var fork = Assert.Single(extraction.Packages, p => p.Name == "left-pad-fork");
        Assert.StartsWith("installed from git (git+ssh://git@github.com/someone/left-pad.git#abc1234)", fork.Note);
    }
}
