namespace Bulwark.Scanners.Packages.Extractors.Go;

/// <summary>
/// The module versions a go.sum file holds checksums for (<c>module version h1:…</c> and
/// <c>module version/go.mod h1:…</c> lines). Used only to confirm go.mod's versions, never as a package list:
/// go.sum keeps lines for versions the build no longer selects.
/// </summary>
internal sealed class GoSum
{
    private readonly HashSet<(string Module, string Version)> versions = [];

    /// <summary>Reads <paramref name="text"/>; lines that are not checksum lines are ignored (go.sum is not the file being scanned).</summary>
    public static GoSum Read(string text)
    {
        var sum = new GoSum();
        foreach (var raw in text.Split('\n'))
        {
            var words = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length != 3)
            {
                continue;
            }

            var version = words[1].EndsWith("/go.mod", StringComparison.Ordinal) ? words[1][..^"/go.mod".Length] : words[1];
            sum.versions.Add((words[0], version));
        }

        return sum;
    }

    /// <summary>True when go.sum has a checksum for <paramref name="module"/> at <paramref name="version"/>.</summary>
    public bool Has(string module, string version) => versions.Contains((module, version));
}
