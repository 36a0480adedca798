using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// The per-package status files distroless images use instead of one status database:
/// <c>var/lib/dpkg/status.d/&lt;package&gt;</c>, each one paragraph, usually without a Status field because only
/// installed packages are written. The <c>.md5sums</c> files beside them are not package entries.
/// </summary>
public sealed class DpkgStatusDirectoryExtractor : IExtractor
{
    private const string Folder = "var/lib/dpkg/status.d";

    /// <inheritdoc/>
    public string Format => "dpkg status.d entries of distroless images (var/lib/dpkg/status.d/*)";

    /// <inheritdoc/>
    public bool Recognises(string path) => Root(path) is not null;

    /// <inheritdoc/>
    public Extraction Extract(ExtractorInput input) =>
        DpkgDatabase.Extract(input, Root(input.Path) ?? "", statusRequired: false,
            whenEmpty: "this status.d entry is empty; a distroless image writes one package paragraph per file.");

    private static string? Root(string path)
    {
        var slash = path.LastIndexOf('/');
        if (slash < 0 || path[(slash + 1)..] is var name && (name.Length == 0 || name[0] == '.' || name.EndsWith(".md5sums", StringComparison.Ordinal)))
        {
            return null;
        }

        return OsRoot.Before(path[..slash], Folder);
    }
}
