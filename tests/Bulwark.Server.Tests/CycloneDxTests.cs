using NJsonSchema;

namespace Bulwark.Server.Tests;

/// <summary>CycloneDX BOMs with vulnerabilities (as Trivy, Grype or Dependency-Track write them) become findings of their tool.</summary>
public sealed class CycloneDxTests : IAsyncLifetime
{
    // Written by hand from the CycloneDX 1.6 specification: two components, three vulnerabilities, one of them VEX'd away.
    private const string Bom = """
        {
          "bomFormat": "CycloneDX",
          "specVersion": "1.6",
          "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
          "version": 1,
          "metadata": {
            "timestamp": "2026-11-23T08:00:00Z",
            "tools": { "components": [ { "type": "application", "name": "Trivy", "version": "0.58.0" } ] },
            "component": { "type": "container", "bom-ref": "image", "name": "registry.example.org/shop:1.4.2" }
          },
          "components": [
            { "type": "library", "bom-ref": "pkg:npm/lodash@4.17.20", "name": "lodash", "version": "4.17.20", "purl": "pkg:npm/lodash@4.17.20" },
            { "type": "library", "bom-ref": "pkg:deb/debian/openssl@3.0.11-1~deb12u1", "name": "openssl", "version": "3.0.11-1~deb12u1", "purl": "pkg:deb/debian/openssl@3.0.11-1~deb12u1" }
          ],
          "vulnerabilities": [
            {
              "bom-ref": "v1", "id": "CVE-2021-23337", "source": { "name": "NVD" },
              "ratings": [ { "source": { "name": "NVD" }, "score": 7.2, "severity": "high", "method": "CVSSv31" }, { "severity": "medium", "method": "other" } ],
              "description": "Command injection via the template function.",
              "affects": [ { "ref": "pkg:npm/lodash@4.17.20" } ]
            },
            {
              "bom-ref": "v2", "id": "CVE-2023-5678", "ratings": [ { "severity": "low" } ],
              "description": "Excessive time spent in DH checks.",
              "affects": [ { "ref": "pkg:deb/debian/openssl@3.0.11-1~deb12u1" } ]
            },
            {
              "bom-ref": "v3", "id": "CVE-2024-0727", "ratings": [ { "severity": "medium" } ],
              "analysis": { "state": "not_affected", "justification": "code_not_reachable", "detail": "PKCS12 files are never parsed." },
              "affects": [ { "ref": "pkg:deb/debian/openssl@3.0.11-1~deb12u1" } ]
            }
          ]
        }
        """;

    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Each_affected_component_is_a_finding_and_vex_not_affected_is_not()
    {
        var scan = await _server.UploadAsync("shop-image", Bom);

        Assert.Equal(2, scan.GetProperty("new").GetInt32());
        var items = (await _server.GetAsync("/api/v1/findings?product=shop-image")).GetProperty("items").EnumerateArray().ToDictionary(f => f.GetProperty("ruleId").GetString()!);
        var lodash = items["CVE-2021-23337"];
        Assert.Equal(("trivy", "high", "CVE-2021-23337 in lodash@4.17.20", "pkg:npm/lodash@4.17.20"),
            (lodash.GetProperty("scanner").GetString(), lodash.GetProperty("severity").GetString(), lodash.GetProperty("title").GetString(), lodash.GetProperty("path").GetString()));
        Assert.Equal("low", items["CVE-2023-5678"].GetProperty("severity").GetString());
        Assert.False(items.ContainsKey("CVE-2024-0727"));
    }

    [Fact]
    public async Task An_upgrade_that_removes_the_vulnerability_fixes_the_finding()
    {
        await _server.UploadAsync("shop-image", Bom);
        var upgraded = Bom.Replace("\"CVE-2023-5678\"", "\"CVE-0000-0000\"", StringComparison.Ordinal).Replace("\"severity\": \"low\"", "\"severity\": \"none\"", StringComparison.Ordinal);

        var again = await _server.UploadAsync("shop-image", upgraded);

        Assert.Equal((1, 1), (again.GetProperty("new").GetInt32(), again.GetProperty("fixed").GetInt32()));
    }

    [SharedSchemaFact]
    public async Task The_fixture_is_a_valid_cyclonedx_1_6_bom()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(Path.GetDirectoryName(SharedSchemaFactAttribute.Sarif!)!, "bom-1.6.schema.json"));

        Assert.Empty(schema.Validate(Bom));
    }
}
