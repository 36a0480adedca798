using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Download;

/// <summary>Where OSV publishes its exports: one <c>all.zip</c> per ecosystem in a public bucket.</summary>
public static class OsvExports
{
    /// <summary>The public OSV bucket.</summary>
    public const string DefaultMirror = "https://osv-vulnerabilities.storage.googleapis.com/";

    /// <summary>The ecosystems <c>bulwark db update</c> fetches unless told otherwise: every one the extractors produce.</summary>
    public static IReadOnlyList<string> Default { get; } =
    [
        Ecosystems.AlmaLinux, Ecosystems.Alpine, Ecosystems.CratesIo, Ecosystems.Debian, Ecosystems.Go, Ecosystems.Maven,
        Ecosystems.Npm, Ecosystems.NuGet, Ecosystems.Packagist, Ecosystems.PyPI, Ecosystems.RedHat, Ecosystems.RockyLinux,
        Ecosystems.RubyGems, Ecosystems.Ubuntu,
    ];

    /// <summary>The URL of one ecosystem's export under <paramref name="mirror"/> (a bucket root, with or without the final slash).</summary>
    public static Uri ExportOf(string mirror, string ecosystem) =>
        new(new Uri(mirror.EndsWith('/') ? mirror : mirror + "/"), Uri.EscapeDataString(ecosystem) + "/all.zip");

    /// <summary>The file name a download of <paramref name="ecosystem"/> is kept under.</summary>
    public static string FileName(string ecosystem) => ecosystem.Replace(' ', '-') + ".zip";
}
