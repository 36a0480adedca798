using Bulwark.Scanners.Packages.Formats.Json;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>
/// Reads the packages and graph of an SPDX 2.2 or 2.3 JSON document: packages with a purl external reference,
/// and dependency relationships in either direction (<c>A DEPENDS_ON B</c>, <c>B DEPENDENCY_OF A</c>). What the
/// document describes is its subject, not a package; the subject's dependencies are direct, and <c>DEV_DEPENDENCY_OF</c> and
/// <c>TEST_DEPENDENCY_OF</c> mark development-only packages.
/// </summary>
internal static class SpdxReader
{
    private static readonly HashSet<string> ReversedDependencies = new(StringComparer.Ordinal)
    {
        "DEPENDENCY_OF", "RUNTIME_DEPENDENCY_OF", "BUILD_DEPENDENCY_OF", "OPTIONAL_DEPENDENCY_OF", "PROVIDED_DEPENDENCY_OF",
        "DEV_DEPENDENCY_OF", "TEST_DEPENDENCY_OF",
    };

    /// <summary>Reads <paramref name="root"/> (an object with <c>spdxVersion</c>) from <paramref name="file"/> into <paramref name="extraction"/>.</summary>
    public static void Read(LocatedJson root, string file, Extraction extraction)
    {
        var version = root.String("spdxVersion");
        if (version is not ("SPDX-2.2" or "SPDX-2.3"))
        {
            extraction.Diagnostics.Add(new PackageDiagnostic(file, root.Line, root.Column, $"spdxVersion {version} is not one Bulwark was written for (SPDX-2.2, SPDX-2.3); it is read as 2.3"));
        }

        var subjects = root.Array("documentDescribes").Where(d => d.Kind == JsonKind.String).Select(d => d.Text!).ToHashSet(StringComparer.Ordinal);
        var dependencies = new List<(string Dependent, string Dependency, bool Development)>();
        foreach (var relationship in root.Array("relationships"))
        {
            var (element, type, related) = (relationship.String("spdxElementId"), relationship.String("relationshipType"), relationship.String("relatedSpdxElement"));
            if (element is null || type is null || related is null)
            {
                extraction.Diagnostics.Add(new PackageDiagnostic(file, relationship.Line, relationship.Column, "a relationship lacks spdxElementId, relationshipType or relatedSpdxElement; it is skipped"));
                continue;
            }

            if (type == "DESCRIBES" && element == "SPDXRef-DOCUMENT")
            {
                subjects.Add(related);
            }
            else if (type == "DESCRIBED_BY" && related == "SPDXRef-DOCUMENT")
            {
                subjects.Add(element);
            }
            else if (type == "DEPENDS_ON")
            {
                dependencies.Add((element, related, false));
            }
            else if (ReversedDependencies.Contains(type))
            {
                dependencies.Add((related, element, type is "DEV_DEPENDENCY_OF" or "TEST_DEPENDENCY_OF"));
            }
        }

        // Development-only means every relationship that pulls it in says so.
        var development = dependencies.Where(d => d.Development).Select(d => d.Dependency).ToHashSet(StringComparer.Ordinal);
        development.ExceptWith(dependencies.Where(d => !d.Development).Select(d => d.Dependency));

        var inventory = new SbomInventory(file, extraction);
        var subjectPurls = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var package in root.Array("packages"))
        {
            ReadPackage(package, subjects, subjectPurls, development, file, inventory, extraction);
        }

        foreach (var (dependent, dependency, _) in dependencies)
        {
            if (subjects.Contains(dependent))
            {
                inventory.MarkDirect(dependency, SbomInventory.SubjectPurl(subjectPurls.GetValueOrDefault(dependent)));
            }
            else
            {
                inventory.AddEdge(dependent, dependency);
            }
        }

        inventory.Finish();
    }

    private static void ReadPackage(LocatedJson package, HashSet<string> subjects, Dictionary<string, string?> subjectPurls, HashSet<string> development,
        string file, SbomInventory inventory, Extraction extraction)
    {
        if (package.Kind != JsonKind.Object)
        {
            extraction.Diagnostics.Add(new PackageDiagnostic(file, package.Line, package.Column, $"an entry of packages is {package.Describe()}, not a package object; it is skipped"));
            return;
        }

        var id = package.String("SPDXID");
        var name = package.String("name");
        var label = $"package '{name ?? "(no name)"}' ({id ?? "no SPDXID"})";
        var purl = package.Array("externalRefs").FirstOrDefault(r => r.String("referenceType") == "purl")?.String("referenceLocator");

        // What the document describes is the scanned project or image, not one of its packages (and often has no purl).
        if (id is not null && subjects.Contains(id))
        {
            subjectPurls[id] = purl;
            return;
        }

        if (purl is null)
        {
            extraction.Diagnostics.Add(new PackageDiagnostic(file, package.Line, package.Column, $"{label} has no purl external reference, so its ecosystem is unknown; it is left out"));
            return;
        }

        string? sourceName = null;
        string? sourceVersion = null;
        if (package.String("sourceInfo") is { } info && info.StartsWith(SpdxWriter.SourceInfoPrefix, StringComparison.Ordinal))
        {
            var parts = info[SpdxWriter.SourceInfoPrefix.Length..].Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            (sourceName, sourceVersion) = (parts.ElementAtOrDefault(0), parts.ElementAtOrDefault(1));
        }

        inventory.Add(id ?? purl, purl, package, label, writtenName: name, development: id is not null && development.Contains(id), sourceName: sourceName, sourceVersion: sourceVersion);
    }
}
