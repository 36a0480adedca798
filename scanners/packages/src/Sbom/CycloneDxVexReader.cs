using Bulwark.Scanners.Packages.Formats.Json;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>
/// Reads CycloneDX VEX: each vulnerability with an <c>analysis</c> is a claim about the components its
/// <c>affects</c> entries name, by bom-ref (resolved to the component's purl), by purl, or by BOM-Link
/// (<c>urn:cdx:serial/version#bom-ref</c>). A vulnerability without an analysis is a finding, not a claim, and
/// is passed over. <c>affects[].versions</c> is not read: the claim covers the referenced component as its purl
/// names it.
/// </summary>
internal static class CycloneDxVexReader
{
    /// <summary>Reads the analysed vulnerabilities of <paramref name="root"/> from <paramref name="file"/> into <paramref name="result"/>.</summary>
    public static void Read(LocatedJson root, string file, VexExtraction result)
    {
        var purls = new Dictionary<string, string>(StringComparer.Ordinal);
        CollectPurls(root.Object("metadata")?.Object("component") is { } subject ? [subject] : [], purls);
        CollectPurls(root.Array("components"), purls);
        foreach (var vulnerability in root.Array("vulnerabilities"))
        {
            if (vulnerability.Object("analysis") is not { } analysis)
            {
                continue;
            }

            ReadVulnerability(vulnerability, analysis, purls, file, result);
        }
    }

    private static void ReadVulnerability(LocatedJson vulnerability, LocatedJson analysis, Dictionary<string, string> purls, string file, VexExtraction result)
    {
        var id = vulnerability.String("id");
        var state = analysis.String("state");
        VexStatus? status = state switch
        {
            "not_affected" or "false_positive" => VexStatus.NotAffected,
            "exploitable" => VexStatus.Affected,
            "resolved" or "resolved_with_pedigree" => VexStatus.Fixed,
            "in_triage" => VexStatus.UnderInvestigation,
            _ => null,
        };
        if (id is null || status is null)
        {
            var why = id is null ? "a vulnerability has no id" : $"the analysis of {id} has state '{state ?? "(none)"}', which is not a CycloneDX analysis state";
            result.Diagnostics.Add(new PackageDiagnostic(file, vulnerability.Line, vulnerability.Column, $"{why}; it is skipped"));
            return;
        }

        var aliases = vulnerability.Array("references").Select(r => r.String("id")).OfType<string>().ToList();
        foreach (var affected in vulnerability.Array("affects"))
        {
            var reference = affected.String("ref");
            var purl = VexReader.ProductPurl(Resolve(reference, purls) ?? reference, affected, file, result, "the affected component");
            if (purl is null)
            {
                continue;
            }

            result.Statements.Add(new VexStatement
            {
                VulnerabilityId = id,
                Aliases = aliases,
                ProductPurl = purl,
                Status = status.Value,
                Justification = analysis.String("justification"),
                Detail = analysis.String("detail"),
                File = file,
                Line = affected.Line,
            });
        }
    }

    /// <summary>The purl a bom-ref or BOM-Link names in this document, or null.</summary>
    private static string? Resolve(string? reference, Dictionary<string, string> purls)
    {
        if (reference is null)
        {
            return null;
        }

        if (reference.StartsWith("urn:cdx:", StringComparison.Ordinal) && reference.IndexOf('#', StringComparison.Ordinal) is var hash and > 0)
        {
            reference = Uri.UnescapeDataString(reference[(hash + 1)..]);
        }

        return purls.GetValueOrDefault(reference) ?? (reference.StartsWith("pkg:", StringComparison.OrdinalIgnoreCase) ? reference : null);
    }

    private static void CollectPurls(IReadOnlyList<LocatedJson> components, Dictionary<string, string> purls)
    {
        foreach (var component in components)
        {
            if (component.String("purl") is { } purl)
            {
                purls.TryAdd(component.String("bom-ref") ?? purl, purl);
            }

            CollectPurls(component.Array("components"), purls);
        }
    }
}
