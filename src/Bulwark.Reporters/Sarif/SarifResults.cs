using System.Text.Json;
using Bulwark.Reporters.Common;
using Bulwark.Sdk;

namespace Bulwark.Reporters.Sarif;

/// <summary>Writes SARIF results, one per finding, with the rule index the driver assigned.</summary>
internal sealed class SarifResults(Utf8JsonWriter json, IReadOnlyDictionary<string, int> ruleIndexes)
{
    /// <summary>The key GitHub uses to follow a result across commits; bump the suffix if fingerprints change.</summary>
    public const string FingerprintKey = "bulwarkFingerprint/v1";

    public void Write(Finding finding, SuppressedFinding? suppression)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        if (ruleIndexes.TryGetValue(finding.RuleId, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", SarifMapping.Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();

        json.WriteStartArray("locations");
        SarifLocation.Write(json, finding);
        json.WriteEndArray();

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, finding.Fingerprint);
        json.WriteEndObject();

        if (suppression is not null)
        {
            WriteSuppression(suppression);
        }

        WriteProperties(finding);
        json.WriteEndObject();
    }

    private void WriteSuppression(SuppressedFinding suppression)
    {
        json.WriteStartArray("suppressions");
        json.WriteStartObject();
        json.WriteString("kind", SarifMapping.SuppressionKind(suppression.Kind));
        json.WriteString("status", "accepted");
        json.WriteString("justification", suppression.Reason);
        json.WriteStartObject("properties");
        json.WriteString("bulwarkKind", suppression.Kind);
        if (suppression.Source is { } source)
        {
            json.WriteString("source", source);
        }

        if (suppression.Expires is { } expires)
        {
            json.WriteString("expires", ReportText.Day(expires));
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private void WriteProperties(Finding finding)
    {
        json.WriteStartObject("properties");
        json.WriteString("severity", finding.Severity.Name());
        json.WriteString("scanner", finding.Scanner);
        json.WriteString("title", finding.Title);
        if (finding.Evidence is { } evidence)
        {
            json.WriteString("evidence", evidence);
        }

        if (finding.Location.Origin is { } origin)
        {
            SarifLocation.WriteOrigin(json, origin);
        }

        if (finding.References.Count > 0)
        {
            json.WriteStartArray("references");
            foreach (var reference in finding.References)
            {
                json.WriteStringValue(reference);
            }

            json.WriteEndArray();
        }

        if (finding.Properties.Count > 0)
        {
            json.WriteStartObject("scannerProperties");
            foreach (var (name, value) in finding.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
