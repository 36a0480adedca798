using Bulwark.Scanners.Packages.Formats.Json;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>
/// Reads the packages and graph of a CycloneDX JSON BOM (1.4 to 1.6; those versions agree on every field read
/// here): components with a purl, nested components included, and <c>dependencies</c>, where the entry of the
/// metadata component lists the direct dependencies.
/// </summary>
internal static class CycloneDxReader
{
    private static readonly HashSet<string> Versions = new(StringComparer.Ordinal) { "1.4", "1.5", "1.6" };

    /// <summary>Reads <paramref name="root"/> (an object with <c>bomFormat: CycloneDX</c>) from <paramref name="file"/> into <paramref name="extraction"/>.</summary>
    public static void Read(LocatedJson root, string file, Extraction extraction)
    {
        var spec = root.String("specVersion");
        if (spec is null || !Versions.Contains(spec))
        {
            var what = spec is null ? "it has no specVersion" : $"specVersion {spec} is not one Bulwark was written for (1.4 to 1.6)";
            extraction.Diagnostics.Add(new PackageDiagnostic(file, root.Line, root.Column, $"{what}; it is read as 1.6, so fields of other versions may be missed"));
        }

        var inventory = new SbomInventory(file, extraction);
        ReadComponents(root["components"], "components", file, inventory, extraction);
        ReadDependencies(root, file, inventory, extraction);
        inventory.Finish();
    }

    private static void ReadComponents(LocatedJson? components, string where, string file, SbomInventory inventory, Extraction extraction)
    {
        if (components is null)
        {
            return;
        }

        if (components.Kind != JsonKind.Array)
        {
            extraction.Diagnostics.Add(new PackageDiagnostic(file, components.Line, components.Column, $"{where} is {components.Describe()}, not an array of components; it is skipped"));
            return;
        }

        foreach (var component in components.Items)
        {
            if (component.Kind != JsonKind.Object)
            {
                extraction.Diagnostics.Add(new PackageDiagnostic(file, component.Line, component.Column, $"an entry of {where} is {component.Describe()}, not a component object; it is skipped"));
                continue;
            }

            ReadComponent(component, file, inventory, extraction);
            ReadComponents(component["components"], "a component's components", file, inventory, extraction);
        }
    }

    private static void ReadComponent(LocatedJson component, string file, SbomInventory inventory, Extraction extraction)
    {
        var name = component.String("name");
        var group = component.String("group");
        var label = $"component '{(group is null ? name : $"{group}/{name}") ?? "(no name)"}'";
        if (component.String("purl") is not { } purl)
        {
            // Files, containers and operating systems are components too, and have no purl; only missing libraries matter.
            if (component.String("type") is null or "library" or "framework")
            {
                extraction.Diagnostics.Add(new PackageDiagnostic(file, component.Line, component.Column, $"{label} has no purl, so its ecosystem is unknown; it is left out"));
            }

            return;
        }

        var written = group is null || name is null ? name
            : purl.StartsWith("pkg:maven/", StringComparison.OrdinalIgnoreCase) ? $"{group}:{name}" : $"{group}/{name}";
        inventory.Add(
            component.String("bom-ref") ?? purl,
            purl,
            component,
            label,
            writtenName: written,
            development: component.String("scope") == "excluded" || Property(component, "cdx:npm:package:development") == "true",
            sourceName: Property(component, CycloneDxWriter.SourceNameProperty),
            sourceVersion: Property(component, CycloneDxWriter.SourceVersionProperty),
            osvEcosystem: Property(component, CycloneDxWriter.EcosystemProperty));
    }

    private static void ReadDependencies(LocatedJson root, string file, SbomInventory inventory, Extraction extraction)
    {
        var subject = root.Object("metadata")?.Object("component");
        var subjectReference = subject?.String("bom-ref");
        var subjectPurl = SbomInventory.SubjectPurl(subject?.String("purl"));
        foreach (var dependency in root.Array("dependencies"))
        {
            if (dependency.String("ref") is not { } from)
            {
                extraction.Diagnostics.Add(new PackageDiagnostic(file, dependency.Line, dependency.Column, "a dependencies entry has no \"ref\"; it is skipped"));
                continue;
            }

            foreach (var to in dependency.Array("dependsOn").Where(d => d.Kind == JsonKind.String).Select(d => d.Text!))
            {
                if (from == subjectReference)
                {
                    inventory.MarkDirect(to, subjectPurl);
                }
                else
                {
                    inventory.AddEdge(from, to);
                }
            }
        }
    }

    private static string? Property(LocatedJson component, string name) =>
        component.Array("properties").FirstOrDefault(p => p.String("name") == name)?.String("value");
}
