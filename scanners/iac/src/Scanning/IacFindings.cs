using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Policy;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Iac.Scanning;

/// <summary>Turns rule hits and parse problems into findings: exact lines, the resource's address, a snippet.</summary>
public static class IacFindings
{
    /// <summary>The id of the pseudo-rule under which files that do not parse are reported.</summary>
    public const string ParseErrorRule = "iac/parse-error";

    /// <summary>The pseudo-rule's description.</summary>
    public static RuleInfo ParseErrorInfo { get; } = new()
    {
        Id = ParseErrorRule,
        Title = "File could not be parsed",
        Severity = Severity.Info,
        Description = "A configuration file has a syntax error, so what it declares could not be checked (the rest of the scan went on). The scan fails on it only with --fail-on-error.",
        Remediation = "Fix the syntax error, or exclude the file if it is a template rendered elsewhere (a Helm chart, a Jinja file).",
        References = ["CWE-1164"],
    };

    /// <summary>The finding for a rule hit.</summary>
    public static Finding For(RuleHit hit, string[]? text, Origin? origin)
    {
        var (rule, resource, found) = hit;
        var range = found.Range.IsKnown ? found.Range : resource.Range;
        var properties = new Dictionary<string, string> { ["resource"] = resource.Address, ["resourceType"] = resource.Type, ["platform"] = resource.Platform };
        if (resource.CallSite is { } callSite)
        {
            properties["moduleCall"] = callSite;
        }

        if (found.Origin is { } valueOrigin)
        {
            properties["valueFrom"] = valueOrigin;
        }

        return new Finding
        {
            Scanner = IacModule.Id,
            RuleId = rule.Info.Id,
            Severity = rule.Info.Severity,
            Title = rule.Info.Title,
            Message = $"{resource.Address}: {found.Detail}" + (found.Origin is null ? "" : $" (from {found.Origin})") + (resource.CallSite is null ? "" : $" [module called at {resource.CallSite}]"),
            Location = new Location(resource.File, range.StartLine, Math.Max(range.StartLine, range.EndLine)) { StartColumn = range.StartColumn > 0 ? range.StartColumn : null, Origin = origin },
            Fingerprint = Fingerprints.Of(IacModule.Id, rule.Info.Id, resource.File, resource.Type, resource.Address, found.Detail),
            Evidence = text is null ? null : Line(text, range.StartLine),
            References = rule.Info.References,
            Remediation = rule.Info.Remediation,
            Snippet = text is null ? [] : Snippet(text, range),
            Properties = properties,
        };
    }

    /// <summary>The finding for a file that does not parse.</summary>
    public static Finding ForDiagnostic(IacDiagnostic diagnostic, string[]? text, Origin? origin)
    {
        var line = Math.Max(1, diagnostic.Range.StartLine);
        return new Finding
        {
            Scanner = IacModule.Id,
            RuleId = ParseErrorRule,
            Severity = Severity.Info,
            Title = ParseErrorInfo.Title,
            Message = $"{diagnostic.File}:{line}:{Math.Max(1, diagnostic.Range.StartColumn)}: {diagnostic.Message}",
            Location = new Location(diagnostic.File, line, Math.Max(line, diagnostic.Range.EndLine)) { StartColumn = Math.Max(1, diagnostic.Range.StartColumn), Origin = origin },
            Fingerprint = Fingerprints.Of(IacModule.Id, ParseErrorRule, diagnostic.File, diagnostic.Message),
            Snippet = text is null ? [] : Snippet(text, diagnostic.Range),
            Properties = new Dictionary<string, string> { [Finding.ScanErrorProperty] = "true" },
        };
    }

    private static string? Line(string[] lines, int number)
    {
        return number >= 1 && number <= lines.Length ? SensitiveValues.RedactLine(lines[number - 1].TrimEnd('\r').Trim()) : null;
    }

    private static IReadOnlyList<SnippetLine> Snippet(string[] lines, SourceRange range)
    {
        var first = Math.Max(1, range.StartLine - 2);
        var last = Math.Min(lines.Length, Math.Max(range.StartLine, Math.Min(range.EndLine, range.StartLine + 8)) + 2);
        return Enumerable.Range(first, Math.Max(0, last - first + 1))
            .Select(n => new SnippetLine(n, SensitiveValues.RedactLine(lines[n - 1].TrimEnd('\r')) is var l && l.Length > 200 ? l[..200] + "…" : l))
            .ToList();
    }
}
