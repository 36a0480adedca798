using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// rpm's SQLite database (rpm 4.16 and later: RHEL 9, AlmaLinux and Rocky Linux 9, Fedora 33+), at
/// <c>var/lib/rpm/rpmdb.sqlite</c> or, where var/lib/rpm is a symlink, <c>usr/lib/sysimage/rpm/rpmdb.sqlite</c>.
/// Each row of its Packages table is one package's header blob.
/// </summary>
public sealed class RpmSqliteExtractor : IExtractor
{
    private static readonly string[] Suffixes = ["var/lib/rpm/rpmdb.sqlite", "usr/lib/sysimage/rpm/rpmdb.sqlite"];

    /// <inheritdoc/>
    public string Format => "rpm SQLite database (var/lib/rpm/rpmdb.sqlite)";

    /// <inheritdoc/>
    public bool Recognises(string path) => Root(path) is not null;

    /// <inheritdoc/>
    public Extraction Extract(ExtractorInput input)
    {
        var extraction = new Extraction();
        if (RpmSqliteDatabase.Headers(input.Bytes.Span, out var error) is not { } headers)
        {
            extraction.Diagnostics.Add(new PackageDiagnostic(input.Path, 0, 0, error ?? "the database could not be read."));
            return extraction;
        }

        var installed = RpmPackages.Read(headers, input.Path, extraction.Diagnostics);
        var distribution = DistributionDetector.Detect(Root(input.Path) ?? "", OsPackageFormat.Rpm, input.ReadOther);
        InstalledPackages.Add(extraction, input.Path, OsPackageFormat.Rpm, distribution, installed);
        return extraction;
    }

    private static string? Root(string path) =>
        Suffixes.Select(suffix => OsRoot.Before(path, suffix)).FirstOrDefault(root => root is not null);
}
