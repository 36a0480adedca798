using System.Text.Json.Nodes;
using Bulwark.Scanners.Packages.Sbom;
using NJsonSchema;

namespace Bulwark.Scanners.Packages.Tests.Sbom;

public class CycloneDxSchemaTests
{
    [SharedSchemasFact]
    public async Task A_plain_sbom_validates_against_the_official_cyclonedx_1_6_schema()
    {
        var schema = await JsonSchema.FromFileAsync(SharedSchemas.CycloneDx16);

        var errors = schema.Validate(CycloneDxWriter.Write(SbomSamples.Document()));

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [SharedSchemasFact]
    public async Task An_sbom_with_vulnerabilities_and_vex_analyses_validates_against_the_schema()
    {
        var schema = await JsonSchema.FromFileAsync(SharedSchemas.CycloneDx16);

        var errors = schema.Validate(CycloneDxWriter.Write(SbomSamples.Document(SbomSamples.Vulnerabilities())));

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [SharedSchemasFact]
    public async Task An_empty_scan_still_makes_a_valid_bom()
    {
        var schema = await JsonSchema.FromFileAsync(SharedSchemas.CycloneDx16);
        var empty = SbomSamples.Document() with { Packages = [], Edges = [] };

        var errors = schema.Validate(CycloneDxWriter.Write(empty));

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [SharedSchemasFact]
    public async Task The_schema_check_catches_a_justification_cyclonedx_does_not_define()
    {
        // Guards the tests above against passing vacuously (a schema that failed to load its references, say).
        var schema = await JsonSchema.FromFileAsync(SharedSchemas.CycloneDx16);
        var bom = JsonNode.Parse(CycloneDxWriter.Write(SbomSamples.Document(SbomSamples.Vulnerabilities())))!;
        bom["vulnerabilities"]![1]!["analysis"]!["justification"] = "vulnerable_code_not_in_execute_path";

        var errors = schema.Validate(bom.ToJsonString());

        Assert.NotEmpty(errors);
    }
}
