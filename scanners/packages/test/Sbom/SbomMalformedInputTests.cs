using Bulwark.Scanners.Packages.Extractors;
using Bulwark.Scanners.Packages.Sbom;
using static Bulwark.Scanners.Packages.Tests.Sbom.SbomFixtures;

namespace Bulwark.Scanners.Packages.Tests.Sbom;

public class SbomMalformedInputTests
{
    private static readonly SbomReader Reader = new();

    [Fact]
    public void Text_that_is_not_json_is_one_diagnostic_at_the_place_the_parser_stopped()
    {
        var extraction = Reader.Extract(ExtractorInput.FromText("bom.json", """
            {
              "bomFormat": "CycloneDX",
              "components": [
                { "purl": "pkg:npm/a@1.0.0" }
                { "purl": "pkg:npm/b@1.0.0" }
              ]
            }
            """));

        var diagnostic = Assert.Single(extraction.Diagnostics);
        Assert.Equal(("bom.json", 5), (diagnostic.File, diagnostic.Line));
        Assert.StartsWith("not valid JSON: ", diagnostic.Message);
        Assert.DoesNotContain("LineNumber", diagnostic.Message);
        Assert.Empty(extraction.Packages);
    }

    [Theory]
    [InlineData("", "1:1 not valid JSON: ")]
    [InlineData("[1, 2]", "1:1 not an SBOM Bulwark reads: the document is an array without \"bomFormat\": \"CycloneDX\" or \"spdxVersion\"")]
    [InlineData("{\"name\": \"x\"}", "1:1 not an SBOM Bulwark reads: the document is an object without \"bomFormat\": \"CycloneDX\" or \"spdxVersion\"")]
    public void A_document_that_is_not_an_sbom_says_so(string text, string expected)
    {
        var extraction = Reader.Extract(ExtractorInput.FromText("bom.json", text));

        Assert.StartsWith(expected, Assert.Single(Diagnostics(extraction.Diagnostics)));
    }

    [Fact]
    public void Broken_components_are_reported_and_the_good_ones_still_read()
    {
        var extraction = Reader.Extract(ExtractorInput.FromText("bom.json", """
            {
              "bomFormat": "CycloneDX",
              "specVersion": "1.2",
              "components": [
                "pkg:npm/left-pad@1.3.0",
                { "name": "bad-escape", "purl": "pkg:npm/bad%zzescape@1.0.0" },
                { "name": "no-scheme", "purl": "npm/no-scheme@1.0.0" },
                { "name": "ok", "purl": "pkg:npm/ok@1.0.0", "components": { "purl": "pkg:npm/x@1" } }
              ]
            }
            """));

        Assert.Equal(["npm|ok|1.0.0|:8|Unknown"], Rows(extraction));
        Assert.Equal(
            [
                "1:1 specVersion 1.2 is not one Bulwark was written for (1.4 to 1.6); it is read as 1.6, so fields of other versions may be missed",
                "5:5 an entry of components is a string, not a component object; it is skipped",
                "6:5 component 'bad-escape': 'pkg:npm/bad%zzescape@1.0.0' is not a valid package URL: 'bad%zzescape' has a '%' that is not followed by two hex digits; it is left out",
                "7:5 component 'no-scheme': 'npm/no-scheme@1.0.0' is not a valid package URL: it does not start with 'pkg:'; it is left out",
                "8:63 a component's components is an object, not an array of components; it is skipped",
            ],
            Diagnostics(extraction.Diagnostics));
    }

    [Fact]
    public void Components_of_the_wrong_shape_and_dependencies_without_a_ref_are_reported()
    {
        var extraction = Reader.Extract(ExtractorInput.FromText("bom.json", """
            {
              "bomFormat": "CycloneDX",
              "specVersion": "1.6",
              "components": {},
              "dependencies": [ { "dependsOn": ["a"] } ]
            }
            """));

        Assert.Equal(
            [
                "4:17 components is an object, not an array of components; it is skipped",
                "5:21 a dependencies entry has no \"ref\"; it is skipped",
            ],
            Diagnostics(extraction.Diagnostics));
    }

    [Fact]
    public void An_spdx_document_of_another_version_with_a_non_object_package_is_still_read()
    {
        var extraction = Reader.Extract(ExtractorInput.FromText("sbom.spdx.json", """
            {
              "spdxVersion": "SPDX-2.1",
              "packages": [
                42,
                { "SPDXID": "SPDXRef-a", "name": "a", "externalRefs": [ { "referenceType": "purl", "referenceLocator": "pkg:cargo/serde@1.0.197" } ] }
              ]
            }
            """));

        Assert.Equal(["crates.io|serde|1.0.197|:5|Unknown"], Rows(extraction));
        Assert.Equal(
            [
                "1:1 spdxVersion SPDX-2.1 is not one Bulwark was written for (SPDX-2.2, SPDX-2.3); it is read as 2.3",
                "4:5 an entry of packages is a number, not a package object; it is skipped",
            ],
            Diagnostics(extraction.Diagnostics));
    }

    [Fact]
    public void A_truncated_sbom_never_throws_and_always_says_what_is_wrong()
    {
        var text = CycloneDxWriter.Write(SbomSamples.Document(SbomSamples.Vulnerabilities()));

        for (var cut = 0; cut < text.Length - 2; cut += 41)
        {
            var extraction = Reader.Extract(ExtractorInput.FromText("bom.json", text[..cut]));

            Assert.NotEmpty(extraction.Diagnostics);
        }
    }
}
