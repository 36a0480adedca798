using Bulwark.Scanners.Packages.Formats.Xml;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Java;

/// <summary>
/// One pom.xml as written: its coordinates, parent, <c>&lt;properties&gt;</c>, <c>&lt;dependencyManagement&gt;</c>
/// entries and dependencies (the project's and its profiles'). Plugin dependencies are build tooling, not
/// part of the project, and are not read.
/// </summary>
internal sealed class PomProject
{
    private PomProject(string path) => Path = path;

    /// <summary>The file, relative to the scan root.</summary>
    public string Path { get; }

    /// <summary>The project's own groupId, or null when it inherits its parent's.</summary>
    public string? GroupId { get; private init; }

    /// <summary>The project's artifactId.</summary>
    public string? ArtifactId { get; private init; }

    /// <summary>The project's own version, or null when it inherits its parent's.</summary>
    public string? Version { get; private init; }

    /// <summary>The parent, or null.</summary>
    public PomParent? Parent { get; private init; }

    /// <summary>The <c>&lt;properties&gt;</c>, by name.</summary>
    public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>The <c>&lt;dependencyManagement&gt;</c> entries, BOM imports included.</summary>
    public List<PomDependency> Managed { get; } = [];

    /// <summary>The dependencies, the project's first, then each profile's.</summary>
    public List<PomDependency> Dependencies { get; } = [];

    /// <summary>The groupId in effect: the project's, else the parent's.</summary>
    public string? EffectiveGroupId => GroupId ?? Parent?.GroupId;

    /// <summary>The version in effect: the project's, else the parent's.</summary>
    public string? EffectiveVersion => Version ?? Parent?.Version;

    /// <summary>Reads the POM whose root element is <paramref name="root"/>; malformed dependencies go to <paramref name="diagnostics"/>.</summary>
    public static PomProject Read(string path, XmlLineElement root, List<PackageDiagnostic> diagnostics)
    {
        var parent = root.Child("parent");
        var project = new PomProject(path)
        {
            GroupId = Written(root, "groupId"),
            ArtifactId = Written(root, "artifactId"),
            Version = Written(root, "version"),
            Parent = parent is null ? null : new PomParent(
                Written(parent, "groupId"), Written(parent, "artifactId"), Written(parent, "version"),
                parent.ChildText("relativePath") ?? "../pom.xml"),
        };

        foreach (var property in root.Child("properties")?.Children ?? [])
        {
            project.Properties[property.Name] = property.Text;
        }

        project.Managed.AddRange(ReadDependencies(root.Child("dependencyManagement")?.Child("dependencies"), null, path, diagnostics));
        project.Dependencies.AddRange(ReadDependencies(root.Child("dependencies"), null, path, diagnostics));
        foreach (var profile in root.Child("profiles")?.ChildrenNamed("profile") ?? [])
        {
            project.Dependencies.AddRange(ReadDependencies(profile.Child("dependencies"), profile.ChildText("id") ?? "", path, diagnostics));
        }

        return project;
    }

    private static IEnumerable<PomDependency> ReadDependencies(XmlLineElement? list, string? profile, string path, List<PackageDiagnostic> diagnostics)
    {
        foreach (var element in list?.ChildrenNamed("dependency") ?? [])
        {
            var dependency = new PomDependency(
                Written(element, "groupId"), Written(element, "artifactId"), Written(element, "version"),
                Written(element, "scope"), element.Line, element.Column, profile);
            if (string.IsNullOrEmpty(dependency.GroupId) || string.IsNullOrEmpty(dependency.ArtifactId))
            {
                diagnostics.Add(new PackageDiagnostic(path, element.Line, element.Column,
                    $"a dependency needs both groupId and artifactId, but this one has {(string.IsNullOrEmpty(dependency.GroupId) ? "no groupId" : "no artifactId")}; it is skipped"));
                continue;
            }

            yield return dependency;
        }
    }

    // An element written empty (<version/>) says nothing, like one left out.
    private static string? Written(XmlLineElement element, string name) =>
        element.ChildText(name) is { Length: > 0 } text ? text : null;
}
