using System.Text.Json;

namespace Bulwark.Server.Tests;

/// <summary>Bulwark JSON reports written for the tests, in the shape docs/report-formats.md gives.</summary>
internal static class Reports
{
    public static string Of(string[] scanners, params (string Fingerprint, string Scanner, string Severity)[] findings) =>
        JsonSerializer.Serialize(new
        {
            version = "1",
            tool = new { name = "bulwark", version = "0.1.0" },
            target = ".",
            startedAt = "2026-11-23T08:00:00+00:00",
            durationMs = 1200,
            findings = findings.Select((f, i) => new
            {
                ruleId = $"{f.Scanner}/rule-{i}",
                scanner = f.Scanner,
                severity = f.Severity,
                title = $"Finding {f.Fingerprint}",
                message = $"what is wrong with {f.Fingerprint}",
                location = new { path = $"src/file{i}.tf", startLine = i + 1, endLine = i + 1 },
                fingerprint = f.Fingerprint,
                evidence = $"evidence of {f.Fingerprint}",
                references = Array.Empty<string>(),
                snippet = Array.Empty<object>(),
                properties = new { },
            }),
            summary = new { total = findings.Length, byScanner = scanners.ToDictionary(s => s, s => findings.Count(f => f.Scanner == s)) },
        });
}
