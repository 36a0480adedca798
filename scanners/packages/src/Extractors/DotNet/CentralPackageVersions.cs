using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.DotNet;

/// <summary>
/// The <c>&lt;PackageVersion Include="Id" Version="…"/&gt;</c> entries of central package management: the
/// Directory.Packages.props nearest to the project, then the ones it imports from above (the nearest wins).
/// </summary>
internal sealed class CentralPackageVersions
{
    private readonly Dictionary<string, string> versions = new(StringComparer.OrdinalIgnoreCase);

    private CentralPackageVersions(string path) => Path = path;

    /// <summary>The nearest Directory.Packages.props, relative to the scan root.</summary>
    public string Path { get; }

    /// <summary>The central versions that apply to <paramref name="input"/>'s project; null when the scan has no Directory.Packages.props for it.</summary>
    /// <param name="input">The project file.</param>
    /// <param name="properties">Properties to add the props files' own to (they are defined before the project's).</param>
    /// <param name="diagnostics">Where problems reading the props files go.</param>
    public static CentralPackageVersions? Find(ExtractorInput input, MsBuildProperties properties, List<PackageDiagnostic> diagnostics)
    {
        var chain = MsBuildFileChain.Find(input, "Directory.Packages.props", diagnostics);
        if (chain.Count == 0)
        {
            return null;
        }

        var central = new CentralPackageVersions(chain[0].Path);
        foreach (var (path, root) in chain)
        {
            foreach (var entry in root.DescendantsAndSelf().Where(e => e.Name.Equals("PackageVersion", StringComparison.OrdinalIgnoreCase)))
            {
                var id = entry.Attribute("Include")?.Trim();
                var version = entry.Attribute("Version") ?? entry.ChildText("Version");
                if (string.IsNullOrEmpty(id) || version is null)
                {
                    diagnostics.Add(new PackageDiagnostic(path, entry.Line, entry.Column, "a PackageVersion needs both Include and Version; it is skipped"));
                    continue;
                }

                central.versions.TryAdd(id, version);
            }
        }

        for (var i = chain.Count - 1; i >= 0; i--)
        {
            properties.AddFrom(chain[i].Root);
        }

        return central;
    }

    /// <summary>The version written for <paramref name="id"/> (possibly with <c>$(…)</c>), or null when it is not listed.</summary>
    public string? VersionOf(string id) => versions.GetValueOrDefault(id);
}
