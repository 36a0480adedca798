using Bulwark.Scanners.Packages.Extractors;
using Bulwark.Scanners.Packages.Model;
using Bulwark.Scanners.Packages.Sbom;
using static Bulwark.Scanners.Packages.Tests.Sbom.SbomSamples;

namespace Bulwark.Scanners.Packages.Tests.Sbom;

public class SbomRoundTripTests
{
    private static readonly SbomReader Reader = new();

    [Fact]
    public void A_cyclonedx_sbom_read_back_gives_the_same_packages_scopes_dev_flags_and_edges()
    {
        var extraction = Reader.Extract(ExtractorInput.FromText("out/bom.cdx.json", CycloneDxWriter.Write(Document(Vulnerabilities()))));

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(Expected(developmentOfTransitives: true), Rows(extraction));
        Assert.Equal(ExpectedEdges(), Edges(extraction));
    }

    [Fact]
    public void An_spdx_sbom_read_back_gives_the_same_packages_and_edges_but_dev_flags_only_for_direct_dependencies()
    {
        var extraction = Reader.Extract(ExtractorInput.FromText("out/sbom.spdx.json", SpdxWriter.Write(Document())));

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(Expected(developmentOfTransitives: false), Rows(extraction));
        Assert.Equal(ExpectedEdges(), Edges(extraction));
    }

    [Fact]
    public void Read_back_packages_point_at_the_sbom_and_the_line_of_their_component()
    {
        var text = CycloneDxWriter.Write(Document());
        var extraction = Reader.Extract(ExtractorInput.FromText("out/bom.cdx.json", text));

        var lines = text.Split('\n');
        Assert.All(extraction.Packages, p => Assert.Equal("out/bom.cdx.json", p.File));
        Assert.All(extraction.Packages, p => Assert.Equal("{", lines[p.Line - 1].Trim()));
        Assert.All(extraction.Packages, p => Assert.Contains($"\"bom-ref\": \"{p.Purl}\"", lines[p.Line + 1]));
    }

    // The writer merges the two ms entries into one production component; debug stays dev-only.
    private static List<string> Expected(bool developmentOfTransitives) =>
    [
        $"npm|@babel/core|7.24.0|{Babel}|Direct",
        $"npm|debug|4.3.4|{Debug}|Transitive{(developmentOfTransitives ? " dev" : "")}",
        $"npm|ms|2.1.2|{Ms}|Transitive",
        $"npm|jest|29.7.0|{Jest}|Direct dev",
        $"PyPI|Django|4.2.1|{Django}|Direct",
        $"Maven|org.apache.logging.log4j:log4j-core|2.14.1|{Log4j}|Direct",
        $"Go|github.com/gin-gonic/gin|v1.9.1|{Gin}|Direct",
        $"Debian:12|libssl3|3.0.11-1~deb12u2|{LibSsl}|Unknown src=openssl@3.0.11-1",
        $"Alpine:v3.19|musl|1.2.4-r2|{Musl}|Unknown",
    ];

    private static List<string> ExpectedEdges() => [$"{Babel} -> {Debug}", $"{Babel} -> {Ms}", $"{Debug} -> {Ms}"];

    private static List<string> Rows(Extraction extraction) =>
    [
        .. extraction.Packages.Select(p =>
            $"{p.OsvEcosystem}|{p.Name}|{p.Version}|{p.Purl}|{p.Scope}{(p.Development ? " dev" : "")}{(p.SourceName is null ? "" : $" src={p.SourceName}@{p.SourceVersion}")}"),
    ];

    private static List<string> Edges(Extraction extraction) => [.. extraction.Edges.Select(e => $"{e.From} -> {e.To}")];
}
