using System.Globalization;
using System.Text.Json;
using Bulwark.Sdk;

namespace Bulwark.Server.Scans;

/// <summary>
/// Reads a Bulwark JSON report (docs/report-formats.md) into an <see cref="IncomingScan"/>: the findings, and from
/// <c>summary.byScanner</c> every scanner that ran. Anything malformed is an <see cref="UploadProblem"/> naming the
/// place (<c>findings[12].fingerprint</c>), never a half-read scan.
/// </summary>
internal static class BulwarkReportReader
{
    public static bool Recognises(JsonElement root) => root.TryGetProperty("findings", out _);

    public static IncomingScan Read(JsonElement root)
    {
        if (!root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
        {
            throw new UploadProblem("not a Bulwark JSON report: expected an object with a findings array");
        }

        var read = new List<IncomingFinding>(findings.GetArrayLength());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var finding in findings.EnumerateArray())
        {
            var one = Finding(finding, $"findings[{index++}]");
            if (seen.Add(one.Fingerprint))
            {
                read.Add(one);
            }
        }

        var scanners = new SortedSet<string>(read.Select(f => f.Scanner), StringComparer.Ordinal);
        if (root.TryGetProperty("summary", out var summary) && summary.ValueKind == JsonValueKind.Object
            && summary.TryGetProperty("byScanner", out var byScanner) && byScanner.ValueKind == JsonValueKind.Object)
        {
            scanners.UnionWith(byScanner.EnumerateObject().Select(p => p.Name));
        }

        var tool = root.TryGetProperty("tool", out var t) && t.ValueKind == JsonValueKind.Object ? Text(t, "name", "tool") : null;
        var started = OptionalText(root, "startedAt") is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : DateTimeOffset.UtcNow;
        return new IncomingScan(tool ?? "bulwark", OptionalText(root, "target"), started, [.. scanners], read);
    }

    private static IncomingFinding Finding(JsonElement finding, string where)
    {
        if (finding.ValueKind != JsonValueKind.Object)
        {
            throw new UploadProblem($"{where}: expected an object");
        }

        if (!SeverityNames.TryParse(Text(finding, "severity", where), out var severity))
        {
            throw new UploadProblem($"{where}.severity: expected one of {string.Join(", ", SeverityNames.All)}");
        }

        string? path = null;
        var line = 0;
        if (finding.TryGetProperty("location", out var location) && location.ValueKind == JsonValueKind.Object)
        {
            path = OptionalText(location, "path");
            line = location.TryGetProperty("startLine", out var l) && l.TryGetInt32(out var n) ? n : 0;
        }

        return new IncomingFinding(
            Text(finding, "fingerprint", where), Text(finding, "scanner", where), Text(finding, "ruleId", where), (int)severity,
            Text(finding, "title", where), OptionalText(finding, "message") ?? "", path, line, OptionalText(finding, "evidence"));
    }

    private static string Text(JsonElement element, string name, string where) => JsonText.Required(element, name, where);

    private static string? OptionalText(JsonElement element, string name) => JsonText.Optional(element, name);

}
