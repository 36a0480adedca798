using Bulwark.Scanners.Packages.Formats.Xml;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.DotNet;

/// <summary>
/// Reads the <c>&lt;PackageReference&gt;</c> items of an SDK-style project (<c>*.csproj</c>, <c>*.fsproj</c>,
/// <c>*.vbproj</c>): each <c>Include</c> is a Direct NuGet package at the item's line, its version from the
/// <c>VersionOverride</c> or <c>Version</c> attribute or child element, with <c>$(Property)</c> expanded from
/// the project and the Directory.Build.props above it. Without one, central package management gives it: the
/// Directory.Packages.props in the project's folder or a parent. A version that stays unknown (no props file
/// in the scan, a property defined elsewhere, a range or floating version) is left empty with a note saying
/// why. <c>Update</c> and <c>Remove</c> items change references declared elsewhere and are not listed.
/// </summary>
public sealed class ProjectFileExtractor : IExtractor
{
    private static readonly string[] Extensions = [".csproj", ".fsproj", ".vbproj"];

    /// <inheritdoc/>
    public string Format => ".NET project PackageReference (*.csproj, *.fsproj, *.vbproj)";

    /// <inheritdoc/>
    public bool Recognises(string path) => Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc/>
    public Extraction Extract(ExtractorInput input)
    {
        var extraction = new Extraction();
        if (SharedFormats.Xml(input.Text, input.Path, extraction.Diagnostics) is not { } project)
        {
            return extraction;
        }

        var references = project.DescendantsAndSelf()
            .Where(e => e.Name.Equals("PackageReference", StringComparison.OrdinalIgnoreCase) && e.Attribute("Include") is not null)
            .ToList();
        if (references.Count == 0)
        {
            return extraction;
        }

        var properties = new MsBuildProperties();
        foreach (var (_, root) in Enumerable.Reverse(MsBuildFileChain.Find(input, "Directory.Build.props", extraction.Diagnostics)))
        {
            properties.AddFrom(root);
        }

        // MSBuild's order: Directory.Build.props, then Directory.Packages.props, then the project's own body.
        var central = CentralPackageVersions.Find(input, properties, extraction.Diagnostics);
        properties.AddFrom(project);
        foreach (var reference in references)
        {
            var id = reference.Attribute("Include")!.Trim();
            if (id.Length == 0)
            {
                extraction.Diagnostics.Add(new PackageDiagnostic(input.Path, reference.Line, reference.Column, "a PackageReference has an empty Include; it is skipped"));
                continue;
            }

            var (version, note) = VersionOf(reference, id, properties, central);
            extraction.Packages.Add(new Package
            {
                Ecosystem = Ecosystems.NuGet,
                Name = id,
                Version = version,
                Purl = Purl.For(Ecosystems.NuGet, id, version),
                File = input.Path,
                Line = reference.Line,
                Scope = DependencyScope.Direct,
                Note = note,
            });
        }

        return extraction;
    }

    private static (string Version, string? Note) VersionOf(XmlLineElement reference, string id, MsBuildProperties properties, CentralPackageVersions? central)
    {
        var written = reference.Attribute("VersionOverride") ?? reference.ChildText("VersionOverride")
            ?? reference.Attribute("Version") ?? reference.ChildText("Version");
        var from = "";
        if (written is null)
        {
            if (central is not { } versions)
            {
                return ("", "no Version here, and no Directory.Packages.props (central package management) in this folder or a parent is in the scan, so the version is unknown");
            }

            written = versions.VersionOf(id);
            if (written is null)
            {
                return ("", $"no Version here, and {versions.Path} has no PackageVersion for {id}, so the version is unknown");
            }

            from = $" (from {versions.Path})";
        }

        var (expanded, missing) = properties.Expand(written);
        if (expanded is null)
        {
            return ("", $"the version '{written}'{from} uses {missing}, which is not defined in the project or a props file in the scan, so the version is unknown");
        }

        return NuGetVersionText.Exact(expanded) is { } exact
            ? (exact, null)
            : ("", $"'{expanded}'{from} is a version range or floating version, not an exact one; restore picks the version (packages.lock.json or the build's *.deps.json records it)");
    }
}
