namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>
/// Paths of the form package-lock uses for installed packages (<c>node_modules/a/node_modules/@s/b</c>), and
/// Node's way of finding a dependency from one: its own node_modules first, then each folder above.
/// </summary>
internal static class NodeModulesPath
{
    private const string Folder = "node_modules/";

    /// <summary>Whether <paramref name="path"/> is inside a node_modules folder (an installed package) rather than a project or workspace folder.</summary>
    public static bool IsInstalled(string path) => path.StartsWith(Folder, StringComparison.Ordinal) || path.Contains("/" + Folder, StringComparison.Ordinal);

    /// <summary>The package name a path installs: what follows the last <c>node_modules/</c>.</summary>
    public static string NameOf(string path) => path[(path.LastIndexOf(Folder, StringComparison.Ordinal) + Folder.Length)..];

    /// <summary>Where a package named <paramref name="name"/> is installed beneath folder <paramref name="path"/> ("" for the project root).</summary>
    public static string Child(string path, string name) => path.Length == 0 ? Folder + name : $"{path}/{Folder}{name}";

    /// <summary>
    /// The path <paramref name="name"/> resolves to when required from the package or folder at
    /// <paramref name="from"/>, among the paths <paramref name="exists"/> accepts; null when none does.
    /// </summary>
    public static string? Resolve(string from, string name, Func<string, bool> exists)
    {
        for (var folder = from; ; folder = folder.Contains('/', StringComparison.Ordinal) ? folder[..folder.LastIndexOf('/')] : "")
        {
            var candidate = Child(folder, name);
            if (exists(candidate))
            {
                return candidate;
            }

            if (folder.Length == 0)
            {
                return null;
            }
        }
    }
}
