using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bulwark.Scanners.Packages.Sbom;
using static Bulwark.Scanners.Packages.Tests.Sbom.SbomSamples;

namespace Bulwark.Scanners.Packages.Tests.Sbom;

/// <summary>
/// /work/shared/schemas holds no SPDX 2.3 document schema (its spdx.schema.json is the licence-id list the CycloneDX
/// schema refers to), so these tests check the fields SPDX 2.3 requires (clauses 6 and 7, 11) one by one.
/// </summary>
public class SpdxWriterTests
{
    private static readonly JsonNode Doc = JsonNode.Parse(SpdxWriter.Write(Document(Vulnerabilities())))!;

    [Fact]
    public void The_document_has_every_creation_field_spdx_2_3_requires()
    {
        Assert.Equal(
            ["spdxVersion", "dataLicense", "SPDXID", "name", "documentNamespace", "creationInfo", "packages", "relationships"],
            Doc.AsObject().Select(p => p.Key));
        Assert.Equal("SPDX-2.3", (string)Doc["spdxVersion"]!);
        Assert.Equal("CC0-1.0", (string)Doc["dataLicense"]!);
        Assert.Equal("SPDXRef-DOCUMENT", (string)Doc["SPDXID"]!);
        Assert.Equal("shop", (string)Doc["name"]!);
        Assert.Equal("2024-05-01T12:30:00Z", (string)Doc["creationInfo"]!["created"]!);
        Assert.Equal(["Tool: bulwark-0.1.0"], Doc["creationInfo"]!["creators"]!.AsArray().Select(c => (string)c!));
    }

    [Fact]
    public void The_namespace_is_an_absolute_uri_without_a_fragment_unique_by_the_serial_number()
    {
        var space = (string)Doc["documentNamespace"]!;

        Assert.True(Uri.TryCreate(space, UriKind.Absolute, out var uri), space);
        Assert.DoesNotContain('#', space);
        Assert.Equal("https", uri.Scheme);
        Assert.EndsWith("3e671687-395b-41f5-a30f-a58921a69b79", space);
    }

    [Fact]
    public void Every_package_has_a_unique_well_formed_spdxid_a_name_and_a_download_location()
    {
        var packages = Packages();

        Assert.All(packages, p => Assert.Matches(new Regex("^SPDXRef-[A-Za-z0-9.-]+$"), (string)p["SPDXID"]!));
        Assert.Equal(packages.Count, packages.Select(p => (string)p["SPDXID"]!).Distinct().Count());
        Assert.All(packages, p => Assert.False(string.IsNullOrEmpty((string?)p["name"])));
        Assert.All(packages, p => Assert.Equal("NOASSERTION", (string)p["downloadLocation"]!));

        // filesAnalyzed false is what lets a package go without files and a verification code.
        Assert.All(packages, p => Assert.False((bool)p["filesAnalyzed"]!));
        Assert.All(packages, p => Assert.Null(p["packageVerificationCode"]));
    }

    [Fact]
    public void Each_package_names_its_purl_in_a_package_manager_external_reference()
    {
        var libraries = Packages().Skip(1).ToList();

        Assert.Equal([Babel, Debug, Ms, Jest, Django, Log4j, Gin, LibSsl, Musl], libraries.Select(p => (string)p["externalRefs"]![0]!["referenceLocator"]!));
        Assert.All(libraries, p => Assert.Equal(("PACKAGE-MANAGER", "purl"), ((string)p["externalRefs"]![0]!["referenceCategory"]!, (string)p["externalRefs"]![0]!["referenceType"]!)));
        Assert.Equal(["@babel/core", "debug", "ms", "jest", "Django", "org.apache.logging.log4j:log4j-core", "github.com/gin-gonic/gin", "libssl3", "musl"], libraries.Select(p => (string)p["name"]!));
        Assert.Equal("source package: openssl 3.0.11-1", (string)Package(LibSsl)["sourceInfo"]!);
    }

    [Fact]
    public void The_document_describes_the_target_which_depends_on_the_direct_dependencies_and_dev_ones_are_dev_dependencies_of_it()
    {
        Assert.Equal(
            [
                "SPDXRef-DOCUMENT DESCRIBES SPDXRef-Target",
                $"SPDXRef-Target DEPENDS_ON {Id(Babel)}",
                $"{Id(Jest)} DEV_DEPENDENCY_OF SPDXRef-Target",
                $"SPDXRef-Target DEPENDS_ON {Id(Django)}",
                $"SPDXRef-Target DEPENDS_ON {Id(Log4j)}",
                $"SPDXRef-Target DEPENDS_ON {Id(Gin)}",
                $"{Id(Babel)} DEPENDS_ON {Id(Debug)}",
                $"{Id(Babel)} DEPENDS_ON {Id(Ms)}",
                $"{Id(Debug)} DEPENDS_ON {Id(Ms)}",
            ],
            Doc["relationships"]!.AsArray().Select(r => $"{r!["spdxElementId"]} {r["relationshipType"]} {r["relatedSpdxElement"]}"));
    }

    [Fact]
    public void Every_relationship_refers_to_an_element_of_the_document()
    {
        var ids = Packages().Select(p => (string)p["SPDXID"]!).Append("SPDXRef-DOCUMENT").ToHashSet();

        Assert.All(Doc["relationships"]!.AsArray(), r =>
        {
            Assert.Contains((string)r!["spdxElementId"]!, ids);
            Assert.Contains((string)r["relatedSpdxElement"]!, ids);
        });
    }

    private static List<JsonNode> Packages() => [.. Doc["packages"]!.AsArray().Select(p => p!)];

    private static JsonNode Package(string purl) => Packages().Single(p => (string?)p["externalRefs"]?[0]?["referenceLocator"] == purl);

    private static string Id(string purl) => (string)Package(purl)["SPDXID"]!;
}
