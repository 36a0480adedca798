using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// Turns what a database records into the room's packages: the ecosystem and release from the distribution,
/// the purl (with <c>arch</c>, <c>distro</c> and, for rpm, <c>epoch</c>), and the dependency edges between
/// installed packages.
/// </summary>
internal static class InstalledPackages
{
    /// <summary>Adds <paramref name="installed"/> to <paramref name="extraction"/>, with edges and the distribution's problem if any.</summary>
    /// <param name="extraction">Where packages, edges and diagnostics go.</param>
    /// <param name="file">The database file, relative to the scan root.</param>
    /// <param name="format">The database's format.</param>
    /// <param name="distribution">The distribution of the database's filesystem.</param>
    /// <param name="installed">The packages read, in file order.</param>
    public static void Add(Extraction extraction, string file, OsPackageFormat format, Distribution distribution, IReadOnlyList<InstalledPackage> installed)
    {
        var purls = new List<string>(installed.Count);
        foreach (var item in installed)
        {
            var purl = PurlOf(format, distribution, item);
            purls.Add(purl);
            extraction.Packages.Add(new Package
            {
                Ecosystem = distribution.Ecosystem,
                Release = distribution.Release,
                Name = item.Name,
                Version = item.Version,
                SourceName = item.SourceName ?? item.Name,
                SourceVersion = item.SourceVersion is { } sv && sv != item.Version ? sv : null,
                Purl = purl,
                File = file,
                Line = item.Line,
                Scope = DependencyScope.Unknown,
            });
        }

        extraction.Edges.AddRange(InstalledGraph.Edges(installed, purls));
        if (distribution.Problem is { } problem && installed.Count > 0)
        {
            extraction.Diagnostics.Add(new PackageDiagnostic(file, 0, 0, problem));
        }
    }

    private static string PurlOf(OsPackageFormat format, Distribution distribution, InstalledPackage item)
    {
        var qualifiers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (item.Architecture is { Length: > 0 } arch)
        {
            qualifiers["arch"] = arch;
        }

        if (distribution.DistroQualifier is { } distro)
        {
            qualifiers["distro"] = distro;
        }

        if (item.Epoch is { } epoch)
        {
            qualifiers["epoch"] = epoch;
        }

        var version = item.PurlVersion ?? item.Version;
        if (distribution.PurlNamespace is null)
        {
            return Purl.For(distribution.Ecosystem, item.Name, version, qualifiers);
        }

        // Purl.For knows OSV's ecosystems only; a distribution outside them (Fedora, Linux Mint) still has a
        // well-formed purl of its package type, namespaced by its os-release ID as the purl spec's examples do.
        var type = format switch
        {
            OsPackageFormat.Dpkg => "deb",
            OsPackageFormat.Apk => "apk",
            _ => "rpm",
        };
        var text = $"pkg:{type}/{Purl.Encode(distribution.PurlNamespace)}/{Purl.Encode(item.Name)}";
        text += version.Length > 0 ? "@" + Purl.Encode(version, keepColon: true) : "";
        var query = string.Join('&', qualifiers.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => q.Key + "=" + Purl.Encode(q.Value, keepColon: true)));
        return query.Length > 0 ? text + "?" + query : text;
    }
}
