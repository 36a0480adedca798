using System.Globalization;
using Bulwark.Scanners.Packages.Sbom;
using Bulwark.Scanners.Packages.Scanning;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Packages.Reporting;

/// <summary>
/// <c>--format cyclonedx</c>: the scan as a CycloneDX 1.6 SBOM whose <c>vulnerabilities</c> section lists what
/// the packages scanner found (a CycloneDX VEX document). Findings a VEX statement suppressed are listed with
/// their analysis (not_affected and the justification), so the document says what was decided and why.
/// </summary>
public sealed class CycloneDxReporter : IReporter
{
    /// <inheritdoc />
    public string Format => "cyclonedx";

    /// <inheritdoc />
    public string Summary => "CycloneDX 1.6 JSON: every component found, with the vulnerabilities section (VEX).";

    /// <inheritdoc />
    public void Write(ScanReport report, ReportTarget output)
    {
        var (packages, edges) = ReportedComponents.Of(report.Components);
        var vulnerabilities = report.Findings.Where(IsVulnerability).Select(f => Vulnerability(f, null))
            .Concat(report.Suppressed.Where(s => IsVulnerability(s.Finding)).Select(s => Vulnerability(s.Finding, s)))
            .GroupBy(v => v.Id, StringComparer.Ordinal)
            .Select(g => g.First() with { AffectedPurls = [.. g.SelectMany(v => v.AffectedPurls).Distinct(StringComparer.Ordinal)] })
            .OrderBy(v => v.Id, StringComparer.Ordinal)
            .ToList();
        CycloneDxWriter.Write(new SbomDocument
        {
            Target = report.Target,
            ToolVersion = report.ToolVersion,
            Timestamp = report.StartedAt,
            Packages = packages,
            Edges = edges,
            Vulnerabilities = vulnerabilities,
        }, output.Stream);
    }

    private static bool IsVulnerability(Finding finding) =>
        finding.Scanner == PackagesModule.Id && finding.Properties.ContainsKey("purl") && finding.Properties.ContainsKey("installedVersion");

    private static SbomVulnerability Vulnerability(Finding finding, SuppressedFinding? suppressed)
    {
        var properties = finding.Properties;
        var rating = properties.TryGetValue("cvssVector", out var vector)
            ? new SbomRating
            {
                Vector = vector,
                Score = double.Parse(properties["cvssScore"], CultureInfo.InvariantCulture),
                Severity = finding.Severity.Name(),
                Method = vector.StartsWith("CVSS:4", StringComparison.Ordinal) ? SbomRatingMethod.CvssV4 : vector.StartsWith("CVSS:3", StringComparison.Ordinal) ? SbomRatingMethod.CvssV3 : SbomRatingMethod.Other,
            }
            : new SbomRating { Severity = finding.Severity.Name() };
        return new SbomVulnerability
        {
            Id = finding.RuleId,
            Aliases = Split(properties.GetValueOrDefault("aliases")),
            SourceName = "OSV",
            SourceUrl = $"https://osv.dev/vulnerability/{finding.RuleId}",
            Ratings = [rating],
            Description = finding.Title,
            FixedVersions = Split(properties.GetValueOrDefault("fixedVersions")),
            AffectedPurls = [properties["purl"]],
            Analysis = suppressed is { Kind: VexDecision.SuppressionKind } ? Analysis(finding) : null,
        };
    }

    private static SbomAnalysis Analysis(Finding finding) => new()
    {
        State = finding.Properties.GetValueOrDefault(VexDecision.StatusProperty) == "fixed" ? VexStatus.Fixed : VexStatus.NotAffected,
        Justification = finding.Properties.GetValueOrDefault(VexDecision.JustificationProperty),
        Detail = finding.Properties.GetValueOrDefault(VexDecision.DetailProperty),
    };

    private static IReadOnlyList<string> Split(string? list) =>
        list is { Length: > 0 } ? list.Split(", ", StringSplitOptions.RemoveEmptyEntries) : [];
}
