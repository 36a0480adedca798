using System.Text.RegularExpressions;
using Bulwark.Scanners.Packages.Formats.Xml;

namespace Bulwark.Scanners.Packages.Extractors.Java;

/// <summary>
/// A POM with the parents the scan holds, as Maven combines them before it substitutes properties: the
/// properties and dependencyManagement of every ancestor, the nearest winning, with <c>${…}</c> then
/// substituted in the child's context. A parent is looked for at its <c>relativePath</c> (default
/// <c>../pom.xml</c>) and only taken when its groupId and artifactId match; otherwise it is "not in the
/// scan" and <see cref="MissingParent"/> says which.
/// </summary>
internal sealed partial class PomLineage
{
    private const int MaxAncestors = 10;
    private const int MaxSubstitutionDepth = 10;
    private readonly Dictionary<string, string> properties = new(StringComparer.Ordinal);

    private PomLineage(PomProject project) => Project = project;

    /// <summary>The POM being read.</summary>
    public PomProject Project { get; }

    /// <summary>The first parent that is not in the scan (<c>groupId:artifactId:version</c>), or null when every parent was found.</summary>
    public string? MissingParent { get; private set; }

    /// <summary>The dependencyManagement entries in effect, nearest POM first.</summary>
    public List<PomDependency> Managed { get; } = [];

    /// <summary>Reads the parents of <paramref name="project"/> (the POM at <paramref name="input"/>) through <see cref="ExtractorInput.ReadOther"/>.</summary>
    public static PomLineage Load(ExtractorInput input, PomProject project)
    {
        var lineage = new PomLineage(project);
        var chain = new List<PomProject> { project };
        var seen = new HashSet<string>(StringComparer.Ordinal) { input.Path };
        var current = project;
        var currentInput = input;
        while (current.Parent is { } parent && chain.Count <= MaxAncestors)
        {
            var path = parent.RelativePath.Length == 0 ? null
                : currentInput.Sibling(parent.RelativePath.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? parent.RelativePath : parent.RelativePath + "/pom.xml");
            var found = path is not null && seen.Add(path) ? ReadParent(currentInput, path, parent) : null;
            if (found is null)
            {
                lineage.MissingParent = parent.Coordinates;
                break;
            }

            chain.Add(found);
            current = found;
            currentInput = ExtractorInput.FromText(path!, "", input.ReadOther);
        }

        for (var i = chain.Count - 1; i >= 0; i--)
        {
            foreach (var (name, value) in chain[i].Properties)
            {
                lineage.properties[name] = value;
            }
        }

        lineage.Managed.AddRange(chain.SelectMany(p => p.Managed));
        return lineage;
    }

    /// <summary>
    /// <paramref name="text"/> with every <c>${name}</c> substituted; or, when one has no value, null and the
    /// first <c>${name}</c> that could not be.
    /// </summary>
    public (string? Value, string? Missing) Substitute(string text)
    {
        for (var depth = 0; depth < MaxSubstitutionDepth && text.Contains("${", StringComparison.Ordinal); depth++)
        {
            string? missing = null;
            text = Reference().Replace(text, m =>
            {
                if (Lookup(m.Groups["name"].Value) is { } value)
                {
                    return value;
                }

                missing ??= m.Value;
                return m.Value;
            });
            if (missing is not null)
            {
                return (null, missing);
            }
        }

        return text.Contains("${", StringComparison.Ordinal) ? (null, text) : (text, null);
    }

    private string? Lookup(string name) => name switch
    {
        "project.version" or "pom.version" or "version" => Project.EffectiveVersion,
        "project.groupId" or "pom.groupId" or "groupId" => Project.EffectiveGroupId,
        "project.artifactId" or "pom.artifactId" or "artifactId" => Project.ArtifactId,
        "project.parent.version" or "parent.version" => Project.Parent?.Version,
        "project.parent.groupId" or "parent.groupId" => Project.Parent?.GroupId,
        "project.parent.artifactId" or "parent.artifactId" => Project.Parent?.ArtifactId,
        _ => properties.GetValueOrDefault(name),
    };

    // The parent's own problems are not repeated here: the scan reads that pom.xml too and reports them there.
    private static PomProject? ReadParent(ExtractorInput child, string path, PomParent parent)
    {
        if (child.ReadOther(path) is not { } text || XmlLineReader.Parse(text, out _) is not { } root)
        {
            return null;
        }

        var project = PomProject.Read(path, root, []);
        return project.ArtifactId == parent.ArtifactId && project.EffectiveGroupId == parent.GroupId ? project : null;
    }

    [GeneratedRegex(@"\$\{(?<name>[^}]+)\}")]
    private static partial Regex Reference();
}
