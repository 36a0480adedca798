using Bulwark.Scanners.Packages.Extractors.JavaScript;
using static Bulwark.Scanners.Packages.Tests.Extractors.JavaScript.JavaScriptTestValues;

namespace Bulwark.Scanners.Packages.Tests.Extractors.JavaScript;

public class PnpmLockExtractorTests
{
    private static readonly PnpmLockExtractor Extractor = new();

    [Theory]
    [InlineData("pnpm-lock.yaml", true)]
    [InlineData("apps/web/pnpm-lock.yaml", true)]
    [InlineData("pnpm-workspace.yaml", false)]
    [InlineData("pnpm-lock.yml", false)]
    public void Recognises_pnpm_lock_yaml_by_name(string path, bool expected) => Assert.Equal(expected, Extractor.Recognises(path));

    [Fact]
    public void V5_keys_are_split_into_name_and_version_with_the_peer_suffix_dropped()
    {
        var extraction = Extractor.Extract(Fixture("pnpm-v5-single-project-with-peer-suffixes-and-a-github-tarball", "pnpm-lock.yaml"));

        Assert.Equal(
            [
                "@babel/core@7.20.0 :21 Direct dev",
                "debug@4.3.4 :28 Transitive dev",
                "js-tokens@4.0.0 :40 Transitive",
                "loose-envify@1.4.0 :44 Transitive",
                "ms@2.1.2 :51 Transitive dev",
                "react-dom@18.2.0 :55 Direct",
                "react@18.2.0 :65 Transitive",
                "scheduler@0.23.0 :72 Transitive",
                "typescript@4.9.5 :77 Direct dev",
                "tiny@1.0.1 :83 Direct",
            ],
            Rows(extraction));
        Assert.Empty(extraction.Diagnostics);
        Assert.StartsWith("installed from a tarball URL (https://codeload.github.com/someone/tiny/tar.gz/0123abcd)", Assert.Single(extraction.Packages, p => p.Name == "tiny").Note);
    }

    [Fact]
    public void V5_dependency_maps_become_edges()
    {
        var extraction = Extractor.Extract(Fixture("pnpm-v5-single-project-with-peer-suffixes-and-a-github-tarball", "pnpm-lock.yaml"));

        Assert.Equal(
            [
                "pkg:npm/%40babel/core@7.20.0 -> pkg:npm/debug@4.3.4",
                "pkg:npm/debug@4.3.4 -> pkg:npm/ms@2.1.2",
                "pkg:npm/loose-envify@1.4.0 -> pkg:npm/js-tokens@4.0.0",
                "pkg:npm/react-dom@18.2.0 -> pkg:npm/loose-envify@1.4.0",
                "pkg:npm/react-dom@18.2.0 -> pkg:npm/react@18.2.0",
                "pkg:npm/react-dom@18.2.0 -> pkg:npm/scheduler@0.23.0",
                "pkg:npm/react@18.2.0 -> pkg:npm/loose-envify@1.4.0",
                "pkg:npm/scheduler@0.23.0 -> pkg:npm/loose-envify@1.4.0",
            ],
            EdgeRows(extraction));
    }

    [Fact]
    public void V6_importers_give_direct_dependencies_and_peer_variants_of_one_version_are_one_package()
    {
        var extraction = Extractor.Extract(Fixture("pnpm-v6-workspace-with-an-alias-and-peer-variants", "pnpm-lock.yaml"));

        Assert.Equal(
            [
                "@types/node@20.10.5 :31 Transitive dev",
                "express@4.18.2 :35 Direct",
                "qs@6.11.0 :42 Transitive",
                "string-width@4.2.3 :47 Direct",
                "vite@5.0.10 :52 Transitive dev",
                "vitest@1.0.4 :64 Direct dev",
            ],
            Rows(extraction));
        Assert.Equal(
            [
                "pkg:npm/express@4.18.2 -> pkg:npm/qs@6.11.0",
                "pkg:npm/vite@5.0.10 -> pkg:npm/%40types/node@20.10.5",
                "pkg:npm/vitest@1.0.4 -> pkg:npm/vite@5.0.10",
            ],
            EdgeRows(extraction));
        Assert.Empty(extraction.Diagnostics);
    }

    [Fact]
    public void V9_packages_give_lines_snapshots_give_edges_and_dev_status_follows_from_the_importers()
    {
        var extraction = Extractor.Extract(Fixture("pnpm-v9-with-snapshots-and-a-local-folder", "pnpm-lock.yaml"));

        Assert.Equal(
            [
                "eslint-lite@1.0.0 :24 Direct dev",
                "js-tokens@4.0.0 :27 Transitive",
                "loose-envify@1.4.0 :33 Transitive",
                "react-dom@18.2.0 :37 Direct",
                "react@18.2.0 :42 Transitive",
                "scheduler@0.23.0 :46 Transitive",
                "strip-ansi@6.0.1 :49 Transitive dev",
            ],
            Rows(extraction));
        Assert.Equal(
            [
                "pkg:npm/eslint-lite@1.0.0 -> pkg:npm/js-tokens@4.0.0",
                "pkg:npm/eslint-lite@1.0.0 -> pkg:npm/strip-ansi@6.0.1",
                "pkg:npm/loose-envify@1.4.0 -> pkg:npm/js-tokens@4.0.0",
                "pkg:npm/react-dom@18.2.0 -> pkg:npm/loose-envify@1.4.0",
                "pkg:npm/react-dom@18.2.0 -> pkg:npm/react@18.2.0",
                "pkg:npm/react-dom@18.2.0 -> pkg:npm/scheduler@0.23.0",
                "pkg:npm/react@18.2.0 -> pkg:npm/loose-envify@1.4.0",
                "pkg:npm/scheduler@0.23.0 -> pkg:npm/loose-envify@1.4.0",
            ],
            EdgeRows(extraction));
        Assert.Empty(extraction.Diagnostics);
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_and_the_entries_before_it_are_kept()
    {
        var extraction = Extractor.Extract(Inline("pnpm-lock.yaml", """
            lockfileVersion: '9.0'

            packages:

              a@1.0.0:
                resolution: {integrity: sha512-AAAA}

              b@2.0.0:
                resolution: {integrity: sha512-BBBB
                engines: [
            """));

        Assert.Equal(["a@1.0.0 :5 Unknown", "b@2.0.0 :8 Unknown"], Rows(extraction));
        var diagnostic = Assert.Single(extraction.Diagnostics);
        Assert.StartsWith("not valid YAML: ", diagnostic.Message);
        Assert.EndsWith("entries before this point were read", diagnostic.Message);
        Assert.True(diagnostic.Line >= 9, $"line {diagnostic.Line}");
    }

    [Fact]
    public void Keys_that_name_no_package_are_reported_and_the_rest_is_read()
    {
        var extraction = Extractor.Extract(Inline("pnpm-lock.yaml", """
            lockfileVersion: '6.0'

            packages:

              /not-a-key:
                resolution: {integrity: sha512-AAAA}

              /ok@1.0.0:
                resolution: {integrity: sha512-BBBB}
            """));

        Assert.Equal(["ok@1.0.0 :8 Unknown"], Rows(extraction));
        Assert.Equal(["pnpm-lock.yaml:5 cannot tell the package name and version from \"/not-a-key\", and the entry does not give them; skipped"], DiagnosticRows(extraction));
    }

    [Fact]
    public void An_unknown_lockfile_version_is_read_in_the_layout_it_resembles_and_said_so()
    {
        var extraction = Extractor.Extract(Inline("pnpm-lock.yaml", """
            lockfileVersion: '10.0'

            packages:
              a@1.0.0:
                resolution: {integrity: sha512-AAAA}

            snapshots:
              a@1.0.0: {}
            """));

        Assert.Equal(["a@1.0.0 :4 Unknown"], Rows(extraction));
        Assert.Equal(["pnpm-lock.yaml:1 lockfileVersion 10.0 is not one this reader knows (5.x, 6.x, 9.x); read as the 9.x layout, which the file resembles"], DiagnosticRows(extraction));
    }

    [Theory]
    [InlineData("")]
    [InlineData("- a\n- b\n")]
    [InlineData("lockfileVersion: [\n")]
    [InlineData("packages: 5\nimporters: [1]\n")]
    [InlineData("lockfileVersion: '9.0'\npackages:\n  a@1.0.0: x\nsnapshots:\n  a@1.0.0:\n    dependencies: [1]\n")]
    [InlineData("lockfileVersion: '6.0'\nimporters:\n  .:\n    dependencies:\n      a: {version: [1]}\n")]
    [InlineData("lockfileVersion: 5.3\npackages:\n  /a/1.0.0: &x {dev: true}\n  /b/1.0.0: *x\n")]
    [InlineData("? [complex]\n: key\n")]
    public void Bad_input_never_throws(string text)
    {
        var extraction = Extractor.Extract(Inline("pnpm-lock.yaml", text));

        Assert.All(extraction.Diagnostics, d => Assert.Equal("pnpm-lock.yaml", d.File));
    }
}
