using Bulwark.Sdk;

namespace Bulwark.Tests.Engine;

/// <summary>Builds findings for engine tests: only what a test names differs from a plain high-severity finding.</summary>
internal static class TestFinding
{
    public static Finding At(
        string path,
        int line,
        string rule = "demo/rule",
        Severity severity = Severity.High,
        string fingerprint = "00000000000000000000000000000001",
        Origin? origin = null,
        int? endLine = null) => new()
        {
            Scanner = "demo",
            RuleId = rule,
            Severity = severity,
            Title = "Demo",
            Message = $"demo finding in {path}:{line}",
            Location = new Location(path, line, endLine ?? line) { Origin = origin },
            Fingerprint = fingerprint,
        };
}
