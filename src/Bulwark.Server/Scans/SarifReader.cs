using System.Globalization;
using System.Text.Json;
using Bulwark.Sdk;

namespace Bulwark.Server.Scans;

/// <summary>
/// Reads SARIF 2.1.0 (any tool: CodeQL, Semgrep, Trivy, …) into an <see cref="IncomingScan"/>. Each run's tool is a
/// scanner (its driver's name, lower case), so a later SARIF from the same tool fixes what it no longer reports.
/// </summary>
/// <remarks>
/// Severity: the rule's or result's <c>security-severity</c> property (a CVSS-like score, as GitHub reads it) when
/// there is one, else the level (<c>error</c> high, <c>warning</c> medium, <c>note</c> low, <c>none</c> info; a result
/// without one takes its rule's default, and SARIF's default is <c>warning</c>). Fingerprint: the result's
/// <c>fingerprints</c>, else its <c>partialFingerprints</c> with the rule and file, else a hash of tool, rule, file and
/// message: never the line alone, so a finding that moves is still the same finding.
/// </remarks>
internal static class SarifReader
{
    public static bool Recognises(JsonElement root) => root.TryGetProperty("runs", out var runs) && runs.ValueKind == JsonValueKind.Array;

    public static IncomingScan Read(JsonElement root)
    {
        if (JsonText.Optional(root, "version") is { } version && version != "2.1.0")
        {
            throw new UploadProblem($"version: SARIF {version} is not read, only 2.1.0");
        }

        var scanners = new SortedSet<string>(StringComparer.Ordinal);
        var findings = new List<IncomingFinding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tools = new List<string>();
        var runIndex = 0;
        foreach (var run in root.GetProperty("runs").EnumerateArray())
        {
            var where = $"runs[{runIndex++}]";
            var driver = JsonText.Object(run, "tool", "driver");
            var tool = JsonText.Required(driver, "name", where + ".tool.driver");
            var scanner = ToolNames.Scanner(tool, "sarif");
            scanners.Add(scanner);
            tools.Add(tool);
            var rules = Rules(driver);
            if (!run.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var resultIndex = 0;
            foreach (var result in results.EnumerateArray())
            {
                var finding = Finding(result, scanner, rules, $"{where}.results[{resultIndex++}]");
                if (seen.Add(finding.Fingerprint))
                {
                    findings.Add(finding);
                }
            }
        }

        return new IncomingScan(string.Join(", ", tools.Distinct()), null, DateTimeOffset.UtcNow, [.. scanners], findings);
    }

    private static IncomingFinding Finding(JsonElement result, string scanner, IReadOnlyList<JsonElement> rules, string where)
    {
        if (result.ValueKind != JsonValueKind.Object)
        {
            throw new UploadProblem($"{where}: expected an object");
        }

        var rule = result.TryGetProperty("ruleIndex", out var index) && index.TryGetInt32(out var i) && i >= 0 && i < rules.Count ? rules[i] : default;
        var ruleId = JsonText.Optional(result, "ruleId") ?? JsonText.Optional(JsonText.Object(result, "rule"), "id") ?? JsonText.Optional(rule, "id")
            ?? throw new UploadProblem($"{where}.ruleId: missing (and no rule.id or ruleIndex names the rule)");
        if (rule.ValueKind == JsonValueKind.Undefined)
        {
            rule = rules.FirstOrDefault(r => JsonText.Optional(r, "id") == ruleId);
        }

        var message = JsonText.Optional(JsonText.Object(result, "message"), "text") ?? "";
        var location = JsonText.Object(result, "locations") is { ValueKind: JsonValueKind.Array } locations && locations.GetArrayLength() > 0
            ? JsonText.Object(locations[0], "physicalLocation")
            : default;
        var path = JsonText.Optional(JsonText.Object(location, "artifactLocation"), "uri");
        var line = JsonText.Object(location, "region", "startLine") is { ValueKind: JsonValueKind.Number } l && l.TryGetInt32(out var n) ? n : 0;
        var title = JsonText.Optional(JsonText.Object(rule, "shortDescription"), "text") ?? JsonText.Optional(rule, "name") ?? ruleId;
        return new IncomingFinding(
            Fingerprint(result, scanner, ruleId, path, message), scanner, ruleId, Severity(result, rule), title,
            message.Length > 0 ? message : title, path, line, null);
    }

    private static int Severity(JsonElement result, JsonElement rule)
    {
        var score = Score(JsonText.Object(result, "properties")) ?? Score(JsonText.Object(rule, "properties"));
        if (score is { } s)
        {
            return s >= 9 ? 4 : s >= 7 ? 3 : s >= 4 ? 2 : s > 0 ? 1 : 0;
        }

        var level = JsonText.Optional(result, "level") ?? JsonText.Optional(JsonText.Object(rule, "defaultConfiguration"), "level") ?? "warning";
        return level switch
        {
            "error" => 3,
            "warning" => 2,
            "note" => 1,
            _ => 0,
        };
    }

    private static double? Score(JsonElement properties)
    {
        if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty("security-severity", out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }

    private static string Fingerprint(JsonElement result, string scanner, string ruleId, string? path, string message)
    {
        if (First(JsonText.Object(result, "fingerprints")) is { } full)
        {
            return Fingerprints.Of(scanner, "fp", full);
        }

        return First(JsonText.Object(result, "partialFingerprints")) is { } partial
            ? Fingerprints.Of(scanner, ruleId, path ?? "", "partial", partial)
            : Fingerprints.Of(scanner, ruleId, path ?? "", message);
    }

    // The first value in name order, so the same object always gives the same fingerprint.
    private static string? First(JsonElement fingerprints) =>
        fingerprints.ValueKind == JsonValueKind.Object
            ? fingerprints.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Name + "=" + p.Value.ToString()).FirstOrDefault()
            : null;

    private static IReadOnlyList<JsonElement> Rules(JsonElement driver) =>
        JsonText.Object(driver, "rules") is { ValueKind: JsonValueKind.Array } rules ? [.. rules.EnumerateArray()] : [];
}
