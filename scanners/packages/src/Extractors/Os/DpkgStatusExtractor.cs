using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// dpkg's database of installed packages, <c>var/lib/dpkg/status</c> (Debian, Ubuntu and derivatives): one
/// paragraph per package known to dpkg, of which the installed ones are listed.
/// </summary>
public sealed class DpkgStatusExtractor : IExtractor
{
    private const string Suffix = "var/lib/dpkg/status";

    /// <inheritdoc/>
    public string Format => "dpkg status database (var/lib/dpkg/status)";

    /// <inheritdoc/>
    public bool Recognises(string path) => OsRoot.Before(path, Suffix) is not null;

    /// <inheritdoc/>
    public Extraction Extract(ExtractorInput input) =>
        DpkgDatabase.Extract(input, OsRoot.Before(input.Path, Suffix) ?? "", statusRequired: true);
}
