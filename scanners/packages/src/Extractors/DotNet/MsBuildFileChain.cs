using Bulwark.Scanners.Packages.Formats.Xml;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.DotNet;

/// <summary>
/// Finds the files MSBuild imports implicitly from the project's folder upwards (Directory.Build.props,
/// Directory.Packages.props): the nearest one, then the next one above it only when the nearest imports it
/// (the documented <c>GetPathOfFileAbove</c> pattern), and so on.
/// </summary>
internal static class MsBuildFileChain
{
    /// <summary>The files named <paramref name="fileName"/> that apply to <paramref name="input"/>'s project, nearest first.</summary>
    public static List<(string Path, XmlLineElement Root)> Find(ExtractorInput input, string fileName, List<PackageDiagnostic> diagnostics)
    {
        var found = new List<(string, XmlLineElement)>();
        var folder = input.Folder;
        while (true)
        {
            var path = folder.Length == 0 ? fileName : $"{folder}/{fileName}";
            if (input.ReadOther(path) is { } text && SharedFormats.Xml(text, path, diagnostics) is { } root)
            {
                found.Add((path, root));
                var importsAbove = root.ChildrenNamed("Import")
                    .Any(i => (i.Attribute("Project") ?? "").Contains(fileName, StringComparison.OrdinalIgnoreCase));
                if (!importsAbove)
                {
                    return found;
                }
            }

            if (folder.Length == 0)
            {
                return found;
            }

            folder = folder.Contains('/', StringComparison.Ordinal) ? folder[..folder.LastIndexOf('/')] : "";
        }
    }
}
