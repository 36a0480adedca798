using Bulwark.Scanners.Packages.Sbom;
using static Bulwark.Scanners.Packages.Tests.Sbom.SbomFixtures;

namespace Bulwark.Scanners.Packages.Tests.Sbom;

public class SbomReaderTests
{
    private const string NpmApp = "cyclonedx-1.4-npm-app-with-nested-components-dev-scopes-and-foreign-types.json";
    private const string Image = "cyclonedx-1.5-container-image-from-another-scanner.json";
    private const string PythonService = "spdx-2.3-python-service-from-another-tool.json";

    private static readonly SbomReader Reader = new();

    [Theory]
    [InlineData("bom.json", true)]
    [InlineData("dist/sbom.json", true)]
    [InlineData("out/app.cdx.json", true)]
    [InlineData("out/app.spdx.json", true)]
    [InlineData("out/image.sbom.json", true)]
    [InlineData("out/App.BOM.JSON", true)]
    [InlineData("package.json", false)]
    [InlineData("bom.xml", false)]
    [InlineData("out/vex.json", false)]
    public void Recognises_sbom_files_by_name(string path, bool expected) => Assert.Equal(expected, Reader.Recognises(path));

    [Fact]
    public void A_cyclonedx_1_4_bom_gives_its_components_including_nested_ones_with_scopes_and_dev_flags()
    {
        var extraction = Reader.Extract(Input(NpmApp));

        Assert.Equal(
            [
                "npm|express|4.18.2|:20|Direct",
                "npm|@types/node|20.11.5|:27|Direct dev",
                "npm|lodash|4.17.20|:36|Transitive",
                "npm|lodash.merge|4.6.2|:43|Transitive",
                "npm|eslint|8.57.0|:52|Direct dev",
            ],
            Rows(extraction));
        Assert.All(extraction.Packages, p => Assert.Equal($"sboms/{NpmApp}", p.File));
        Assert.Equal("pkg:npm/%40types/node@20.11.5", extraction.Packages[1].Purl);
    }

    [Fact]
    public void Cyclonedx_dependencies_become_edges_by_purl_starting_from_the_subject_purl()
    {
        var extraction = Reader.Extract(Input(NpmApp));

        Assert.Equal(
            [
                "pkg:npm/shop-web@2.0.0 -> pkg:npm/express@4.18.2",
                "pkg:npm/shop-web@2.0.0 -> pkg:npm/%40types/node@20.11.5",
                "pkg:npm/shop-web@2.0.0 -> pkg:npm/eslint@8.57.0",
                "pkg:npm/express@4.18.2 -> pkg:npm/lodash@4.17.20",
                "pkg:npm/lodash@4.17.20 -> pkg:npm/lodash.merge@4.6.2",
                "pkg:npm/eslint@8.57.0 -> pkg:npm/lodash@4.17.20",
            ],
            Edges(extraction));
    }

    [Fact]
    public void A_library_without_a_purl_is_reported_and_foreign_purl_types_are_counted_once()
    {
        var extraction = Reader.Extract(Input(NpmApp));

        Assert.Equal(
            [
                "62:5 component 'vendored-lib' has no purl, so its ecosystem is unknown; it is left out",
                "72:5 2 components are left out (the first here): purl type 'github' is not an ecosystem Bulwark matches advisories for",
            ],
            Diagnostics(extraction.Diagnostics));
    }

    [Fact]
    public void Os_packages_get_their_release_from_the_distro_qualifier_and_their_source_from_upstream()
    {
        var extraction = Reader.Extract(Input(Image));

        Assert.Equal(
            [
                "Debian:12|libssl3|3.0.11-1~deb12u2|:20|Unknown src=openssl",
                "Debian:12|bash|5.2.15-2+b2|:27|Unknown",
                "Rocky Linux:9|openssl-libs|3.0.7-25.el9_3|:34|Unknown",
                "Alpine:v3.19|musl|1.2.4-r2|:48|Unknown",
            ],
            Rows(extraction));
        Assert.Equal("pkg:deb/debian/bash@5.2.15-2%2Bb2?arch=amd64&distro=bookworm", extraction.Packages[1].Purl);
        Assert.Equal(["41:5 1 component is left out (the first here): apk packages of 'wolfi' are not a distribution Bulwark matches advisories for"], Diagnostics(extraction.Diagnostics));
        Assert.Empty(extraction.Edges);
    }

    [Fact]
    public void An_spdx_document_gives_packages_with_purls_scoped_by_relationships_in_both_directions()
    {
        var extraction = Reader.Extract(Input(PythonService));

        Assert.Equal(
            [
                "PyPI|requests|2.31.0|:18|Direct",
                "PyPI|urllib3|1.26.18|:28|Transitive",
                "PyPI|PyYAML|6.0.1|:37|Direct",
                "PyPI|pytest|8.1.1|:46|Direct dev",
                "Maven|com.google.guava:guava|32.1.3-jre|:55|Unknown",
            ],
            Rows(extraction));
        Assert.Equal(["pkg:pypi/requests@2.31.0 -> pkg:pypi/urllib3@1.26.18"], Edges(extraction));
    }

    [Fact]
    public void An_spdx_package_without_a_purl_and_an_incomplete_relationship_are_reported_with_their_lines()
    {
        var extraction = Reader.Extract(Input(PythonService));

        Assert.Equal(
            [
                "77:5 a relationship lacks spdxElementId, relationshipType or relatedSpdxElement; it is skipped",
                "64:5 package 'internal-tool' (SPDXRef-internal-tool) has no purl external reference, so its ecosystem is unknown; it is left out",
            ],
            Diagnostics(extraction.Diagnostics));
    }
}
