using Bulwark.Scanners.Packages.Sbom;

namespace Bulwark.Scanners.Packages.Tests.Sbom;

public class VexReaderTests
{
    private const string OpenVex = """
        {
          "@context": "https://openvex.dev/ns/v0.2.0",
          "@id": "https://example.com/vex/2026-1",
          "author": "platform security",
          "timestamp": "2026-10-01T00:00:00Z",
          "version": 1,
          "statements": [
            {
              "vulnerability": { "name": "CVE-2021-44906", "aliases": ["GHSA-xvch-5gv4-984h"] },
              "products": [ { "@id": "pkg:npm/minimist@1.2.0" } ],
              "status": "not_affected",
              "justification": "vulnerable_code_not_in_execute_path",
              "impact_statement": "argv never comes from users"
            },
            {
              "vulnerability": { "name": "CVE-2020-8203" },
              "products": [ { "@id": "pkg:npm/lodash" } ],
              "status": "affected",
              "action_statement": "upgrade by December"
            },
            {
              "vulnerability": { "name": "CVE-2022-0001" },
              "products": [ { "@id": "pkg:oci/app", "subcomponents": [ { "@id": "pkg:pypi/requests@2.19.0" } ] } ],
              "status": "fixed"
            }
          ]
        }
        """;

    [Fact]
    public void Openvex_statements_become_one_statement_per_product_with_status_justification_and_line()
    {
        var read = VexReader.Read("vex.json", OpenVex);

        Assert.Empty(read.Diagnostics);
        Assert.Equal(
            [
                "CVE-2021-44906 [GHSA-xvch-5gv4-984h] pkg:npm/minimist@1.2.0 NotAffected vulnerable_code_not_in_execute_path 'argv never comes from users' @10",
                "CVE-2020-8203 [] pkg:npm/lodash Affected - 'upgrade by December' @17",
                "CVE-2022-0001 [] pkg:pypi/requests@2.19.0 Fixed - '' @23",
            ],
            read.Statements.Select(Show).ToList());
    }

    [Fact]
    public void A_product_purl_without_a_version_covers_every_version_and_qualifiers_must_agree()
    {
        var any = new VexStatement { VulnerabilityId = "X", ProductPurl = "pkg:npm/lodash", Status = VexStatus.NotAffected, File = "v", Line = 1 };
        var exact = any with { ProductPurl = "pkg:npm/lodash@4.17.15" };
        var distro = any with { ProductPurl = "pkg:deb/debian/openssh-client?distro=debian-12" };

        Assert.True(any.AppliesTo("pkg:npm/lodash@4.17.15"));
        Assert.True(any.AppliesTo("pkg:npm/lodash@4.17.21"));
        Assert.True(exact.AppliesTo("pkg:npm/lodash@4.17.15"));
        Assert.False(exact.AppliesTo("pkg:npm/lodash@4.17.21"));
        Assert.False(any.AppliesTo("pkg:npm/lodash-es@4.17.15"));
        Assert.False(any.AppliesTo("pkg:pypi/lodash@4.17.15"));
        Assert.True(distro.AppliesTo("pkg:deb/debian/openssh-client@1:9.2p1-2?arch=amd64&distro=debian-12"));
        Assert.False(distro.AppliesTo("pkg:deb/debian/openssh-client@1:9.2p1-2?arch=amd64"));
    }

    [Fact]
    public void A_cyclonedx_vex_reads_analyses_and_resolves_bom_refs_to_purls()
    {
        var read = VexReader.Read("app.vex.cdx.json", """
            {
              "bomFormat": "CycloneDX",
              "specVersion": "1.6",
              "version": 1,
              "components": [ { "type": "library", "bom-ref": "lib-1", "name": "minimist", "version": "1.2.0", "purl": "pkg:npm/minimist@1.2.0" } ],
              "vulnerabilities": [
                {
                  "id": "GHSA-xvch-5gv4-984h",
                  "references": [ { "id": "CVE-2021-44906", "source": { "name": "NVD" } } ],
                  "analysis": { "state": "not_affected", "justification": "code_not_reachable", "detail": "never called" },
                  "affects": [ { "ref": "lib-1" } ]
                },
                {
                  "id": "CVE-2024-1",
                  "analysis": { "state": "resolved" },
                  "affects": [ { "ref": "urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#pkg:npm/lodash@4.17.21" } ]
                },
                { "id": "CVE-2024-2", "affects": [ { "ref": "lib-1" } ] },
                { "id": "CVE-2024-3", "analysis": { "state": "in_triage" }, "affects": [ { "ref": "lib-1" } ] }
              ]
            }
            """);

        Assert.Empty(read.Diagnostics);
        Assert.Equal(
            [
                "GHSA-xvch-5gv4-984h [CVE-2021-44906] pkg:npm/minimist@1.2.0 NotAffected code_not_reachable 'never called' @11",
                "CVE-2024-1 [] pkg:npm/lodash@4.17.21 Fixed - '' @16",
                "CVE-2024-3 [] pkg:npm/minimist@1.2.0 UnderInvestigation - '' @19",
            ],
            read.Statements.Select(Show).ToList());
    }

    [Fact]
    public void Bad_statements_are_skipped_with_their_line_and_the_rest_are_read()
    {
        var read = VexReader.Read("vex.json", """
            {
              "statements": [
                { "vulnerability": { "name": "CVE-1" }, "products": [ { "@id": "pkg:npm/a@1" } ], "status": "maybe" },
                { "vulnerability": { "name": "CVE-2" }, "products": [ { "@id": "not a purl" } ], "status": "fixed" },
                { "products": [ { "@id": "pkg:npm/a@1" } ], "status": "fixed" },
                { "vulnerability": { "name": "CVE-3" }, "products": [ { "@id": "pkg:npm/a@1" } ], "status": "not_affected" },
                { "vulnerability": { "name": "CVE-4" }, "products": [ { "@id": "pkg:npm/a@1" } ], "status": "fixed" }
              ]
            }
            """);

        Assert.Equal(["CVE-3", "CVE-4"], read.Statements.Select(s => s.VulnerabilityId));
        Assert.Equal([3, 4, 5, 6], read.Diagnostics.Select(d => d.Line));
        Assert.Contains("status 'maybe'", read.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("not identified by a purl", read.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Contains("names no vulnerability", read.Diagnostics[2].Message, StringComparison.Ordinal);
        Assert.Contains("neither a justification nor an impact_statement", read.Diagnostics[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_document_gives_one_diagnostic_and_no_statements()
    {
        var read = VexReader.Read("vex.json", "{\n  \"statements\": [\n    { \"vulnerability\": \n");

        Assert.Empty(read.Statements);
        var problem = Assert.Single(read.Diagnostics);
        Assert.Equal("vex.json", problem.File);
        Assert.StartsWith("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    private static string Show(VexStatement s) =>
        $"{s.VulnerabilityId} [{string.Join(",", s.Aliases)}] {s.ProductPurl} {s.Status} {s.Justification ?? "-"} '{s.Detail}' @{s.Line}";
}
