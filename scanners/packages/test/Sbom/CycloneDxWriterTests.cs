using System.Text.Json.Nodes;
using Bulwark.Scanners.Packages.Sbom;
using static Bulwark.Scanners.Packages.Tests.Sbom.SbomSamples;

namespace Bulwark.Scanners.Packages.Tests.Sbom;

public class CycloneDxWriterTests
{
    private static readonly JsonNode Bom = JsonNode.Parse(CycloneDxWriter.Write(Document()))!;
    private static readonly JsonNode Vex = JsonNode.Parse(CycloneDxWriter.Write(Document(Vulnerabilities())))!;

    [Fact]
    public void The_header_names_the_format_the_serial_number_the_tool_and_the_target()
    {
        Assert.Equal("CycloneDX", (string)Bom["bomFormat"]!);
        Assert.Equal("1.6", (string)Bom["specVersion"]!);
        Assert.Equal("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79", (string)Bom["serialNumber"]!);
        Assert.Equal(1, (int)Bom["version"]!);
        Assert.Equal("2024-05-01T12:30:00Z", (string)Bom["metadata"]!["timestamp"]!);
        var tool = Bom["metadata"]!["tools"]!["components"]![0]!;
        Assert.Equal(("bulwark", "0.1.0"), ((string)tool["name"]!, (string)tool["version"]!));
        Assert.Equal("shop", (string)Bom["metadata"]!["component"]!["name"]!);
        Assert.Null(Bom["vulnerabilities"]);
    }

    [Fact]
    public void Each_purl_is_one_library_component_whose_bom_ref_is_the_purl()
    {
        var components = Components(Bom);

        Assert.Equal([Babel, Debug, Ms, Jest, Django, Log4j, Gin, LibSsl, Musl], components.Select(c => (string)c["purl"]!));
        Assert.All(components, c => Assert.Equal((string)c["purl"]!, (string)c["bom-ref"]!));
        Assert.All(components, c => Assert.Equal("library", (string)c["type"]!));
    }

    [Fact]
    public void Group_holds_the_maven_group_and_the_npm_scope_and_go_modules_keep_their_full_path()
    {
        Assert.Equal(("@babel", "core"), GroupAndName(Babel));
        Assert.Equal(("org.apache.logging.log4j", "log4j-core"), GroupAndName(Log4j));
        Assert.Equal((null, "github.com/gin-gonic/gin"), GroupAndName(Gin));
        Assert.Equal((null, "Django"), GroupAndName(Django));
    }

    [Fact]
    public void Development_only_components_are_excluded_but_one_also_used_in_production_is_not()
    {
        Assert.Equal("excluded", (string?)Component(Bom, Debug)["scope"]);
        Assert.Equal("excluded", (string?)Component(Bom, Jest)["scope"]);
        Assert.Null(Component(Bom, Ms)["scope"]);
        Assert.Null(Component(Bom, Babel)["scope"]);
    }

    [Fact]
    public void A_package_found_twice_lists_both_places_as_occurrences_and_a_line_of_zero_is_left_out()
    {
        var occurrences = Component(Bom, Ms)["evidence"]!["occurrences"]!.AsArray();
        var musl = Component(Bom, Musl)["evidence"]!["occurrences"]![0]!;

        Assert.Equal(["web/package-lock.json:40", "admin/package-lock.json:8"], occurrences.Select(o => $"{o!["location"]}:{o["line"]}"));
        Assert.Equal("lib/apk/db/installed", (string)musl["location"]!);
        Assert.Null(musl["line"]);
    }

    [Fact]
    public void Os_packages_carry_their_release_and_source_package_as_properties()
    {
        var properties = Component(Bom, LibSsl)["properties"]!.AsArray().Select(p => $"{p!["name"]}={p["value"]}");

        Assert.Equal(["bulwark:ecosystem=Debian:12", "bulwark:source-name=openssl", "bulwark:source-version=3.0.11-1"], properties);
        Assert.Null(Component(Bom, Babel)["properties"]);
    }

    [Fact]
    public void Dependencies_start_at_the_target_and_drop_duplicate_edges_and_edges_to_packages_not_in_the_sbom()
    {
        var dependencies = Bom["dependencies"]!.AsArray().Select(d => $"{d!["ref"]} -> {string.Join(", ", d["dependsOn"]!.AsArray().Select(x => (string)x!))}");

        Assert.Equal(
            [
                $"bulwark:target -> {Babel}, {Jest}, {Django}, {Log4j}, {Gin}",
                $"{Babel} -> {Debug}, {Ms}",
                $"{Debug} -> {Ms}",
            ],
            dependencies);
    }

    [Fact]
    public void A_vulnerability_has_its_source_aliases_cvss_rating_recommendation_analysis_and_affected_ref()
    {
        var log4shell = Vex["vulnerabilities"]![0]!;

        Assert.Equal("GHSA-jfh8-c2jp-5v3q", (string)log4shell["id"]!);
        Assert.Equal("https://osv.dev/vulnerability/GHSA-jfh8-c2jp-5v3q", (string)log4shell["source"]!["url"]!);
        Assert.Equal("CVE-2021-44228", (string)log4shell["references"]![0]!["id"]!);
        Assert.Equal("NVD", (string)log4shell["references"]![0]!["source"]!["name"]!);
        var rating = log4shell["ratings"]![0]!;
        Assert.Equal((10.0, "critical", "CVSSv31"), ((double)rating["score"]!, (string)rating["severity"]!, (string)rating["method"]!));
        Assert.Equal("Upgrade to one of the fixed versions: 2.15.0, 2.12.2.", (string)log4shell["recommendation"]!);
        Assert.Equal("exploitable", (string)log4shell["analysis"]!["state"]!);
        Assert.Equal(Log4j, (string)log4shell["affects"]![0]!["ref"]!);
    }

    [Fact]
    public void An_openvex_justification_is_written_as_its_cyclonedx_counterpart()
    {
        var django = Vex["vulnerabilities"]![1]!;

        Assert.Equal("not_affected", (string)django["analysis"]!["state"]!);
        Assert.Equal("code_not_reachable", (string)django["analysis"]!["justification"]!);
        Assert.Equal("EmailValidator is never called", (string)django["analysis"]!["detail"]!);
        Assert.Equal(("high", "CVSSv4"), ((string)django["ratings"]![0]!["severity"]!, (string)django["ratings"]![0]!["method"]!));
    }

    [Fact]
    public void Severity_words_are_normalised_and_a_justification_with_no_counterpart_moves_to_the_detail()
    {
        var openssl = Vex["vulnerabilities"]![2]!;

        Assert.Equal("medium", (string)openssl["ratings"]![0]!["severity"]!);
        Assert.Equal("other", (string)openssl["ratings"]![0]!["method"]!);
        Assert.Equal("in_triage", (string)openssl["analysis"]!["state"]!);
        Assert.Null(openssl["analysis"]!["justification"]);
        Assert.Equal("Justification: we-are-still-looking", (string)openssl["analysis"]!["detail"]!);
        Assert.Null(openssl["recommendation"]);
    }

    private static List<JsonNode> Components(JsonNode bom) => [.. bom["components"]!.AsArray().Select(c => c!)];

    private static JsonNode Component(JsonNode bom, string purl) => Components(bom).Single(c => (string)c["purl"]! == purl);

    private static (string?, string) GroupAndName(string purl) => ((string?)Component(Bom, purl)["group"], (string)Component(Bom, purl)["name"]!);
}
