using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Java;

/// <summary>
/// Reads a Maven pom.xml: each dependency of the project (and of its profiles, with a note) becomes a Direct
/// Maven package named <c>groupId:artifactId</c> at its <c>&lt;dependency&gt;</c> line; test scope is
/// Development. Versions get <c>${…}</c> substituted from the properties, <c>project.version</c> and
/// <c>project.parent.version</c>; a dependency without one takes it from dependencyManagement, here or in a
/// parent POM found in the scan. A version that still depends on a parent POM not in the scan, a property
/// nobody defines, or an imported BOM is left empty with a note saying so; a range is not an exact version and
/// is left empty too. Dependencies of build plugins are tooling and not listed.
/// </summary>
public sealed class PomXmlExtractor : IExtractor
{
    /// <inheritdoc/>
    public string Format => "Maven pom.xml";

    /// <inheritdoc/>
    public bool Recognises(string path) => path[(path.LastIndexOf('/') + 1)..] == "pom.xml";

    /// <inheritdoc/>
    public Extraction Extract(ExtractorInput input)
    {
        var extraction = new Extraction();
        if (SharedFormats.Xml(input.Text, input.Path, extraction.Diagnostics) is not { } root)
        {
            return extraction;
        }

        var project = PomProject.Read(input.Path, root, extraction.Diagnostics);
        var lineage = PomLineage.Load(input, project);
        foreach (var dependency in project.Dependencies)
        {
            extraction.Packages.Add(ToPackage(dependency, lineage, input.Path));
        }

        return extraction;
    }

    private static Package ToPackage(PomDependency dependency, PomLineage lineage, string file)
    {
        var notes = new List<string>();
        var name = Coordinate(dependency.GroupId!, lineage, notes) + ":" + Coordinate(dependency.ArtifactId!, lineage, notes);
        var version = PomVersion.Resolve(dependency, name, lineage, notes);
        if (dependency.Profile is not null)
        {
            notes.Insert(0, $"declared in profile '{dependency.Profile}', so only used when that profile is active");
        }

        var scope = dependency.Scope is { } written ? lineage.Substitute(written).Value : null;
        return new Package
        {
            Ecosystem = Ecosystems.Maven,
            Name = name,
            Version = version,
            Purl = Purl.For(Ecosystems.Maven, name, version),
            File = file,
            Line = dependency.Line,
            Scope = DependencyScope.Direct,
            Development = scope == "test",
            Note = notes.Count == 0 ? null : string.Join("; ", notes),
        };
    }

    private static string Coordinate(string written, PomLineage lineage, List<string> notes)
    {
        var (value, missing) = lineage.Substitute(written);
        if (value is not null)
        {
            return value;
        }

        notes.Add($"'{written}' uses {missing}, which is not defined in this POM{PomVersion.ParentClause(lineage)}");
        return written;
    }
}
