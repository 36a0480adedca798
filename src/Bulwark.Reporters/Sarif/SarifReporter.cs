using System.Text.Json;
using Bulwark.Reporters.Common;
using Bulwark.Sdk;

namespace Bulwark.Reporters.Sarif;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every enabled rule in the
/// driver, active findings as results and suppressed findings as results carrying <c>suppressions</c>.
/// </summary>
/// <param name="informationUri">The project's home page for <c>tool.driver.informationUri</c>; omitted when null.</param>
public sealed class SarifReporter(Uri? informationUri = null) : IReporter
{
    /// <summary>The OASIS location of the schema the output follows.</summary>
    public const string SchemaUri =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>The base id every result's path is relative to: the scan root.</summary>
    public const string SourceRoot = "%SRCROOT%";

    /// <inheritdoc />
    public string Format => "sarif";

    /// <inheritdoc />
    public string Summary => "SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.";

    /// <inheritdoc />
    public void Write(ScanReport report, ReportTarget output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        using var json = new Utf8JsonWriter(output.Stream, JsonOutput.Options);
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "Bulwark");
        json.WriteString("version", report.ToolVersion);
        if (informationUri is not null)
        {
            json.WriteString("informationUri", informationUri.AbsoluteUri);
        }

        var ruleIndexes = SarifRules.Write(json, report.Rules);
        json.WriteEndObject();
        json.WriteEndObject();

        SarifInvocation.Write(json, report);
        WriteBaseIds(json, report.Target);

        var results = new SarifResults(json, ruleIndexes);
        json.WriteStartArray("results");
        foreach (var finding in report.Findings)
        {
            results.Write(finding, suppression: null);
        }

        foreach (var suppressed in report.Suppressed)
        {
            results.Write(suppressed.Finding, suppressed);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        JsonOutput.Finish(json, output.Stream);
    }

    // The target is what the user typed (".", a git range), not necessarily an absolute directory, so the
    // base is described rather than given a file URI that might be wrong; consumers such as GitHub resolve
    // relative URIs against their own checkout.
    private static void WriteBaseIds(Utf8JsonWriter json, string target)
    {
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRoot);
        json.WriteStartObject("description");
        json.WriteString("text", "The root of the scan target: " + target);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
