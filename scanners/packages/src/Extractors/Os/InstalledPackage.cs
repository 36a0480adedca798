namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// One package as a database records it, before the distribution is known: the facts each format reads
/// (name, version, architecture, source package, what it provides and requires), turned into a
/// <see cref="Model.Package"/> by <see cref="InstalledPackages"/>.
/// </summary>
/// <param name="Name">The binary package's name.</param>
/// <param name="Version">The full version as the distribution compares it (<c>1:2.36-9</c>, <c>1.36.1-r15</c>, <c>1:3.0.7-25.el9</c>).</param>
/// <param name="Line">The 1-based line of the entry; 0 in a binary database.</param>
internal sealed record InstalledPackage(string Name, string Version, int Line)
{
    /// <summary>The architecture (<c>amd64</c>, <c>x86_64</c>, <c>all</c>, <c>noarch</c>); null when not recorded.</summary>
    public string? Architecture { get; init; }

    /// <summary>The source package it was built from; null when it is the package itself.</summary>
    public string? SourceName { get; init; }

    /// <summary>The source package's version when it differs from <see cref="Version"/>; else null.</summary>
    public string? SourceVersion { get; init; }

    /// <summary>The rpm epoch, which purls carry as a qualifier; null elsewhere or when absent.</summary>
    public string? Epoch { get; init; }

    /// <summary>The version as the purl writes it, when it differs from <see cref="Version"/> (rpm: without the epoch).</summary>
    public string? PurlVersion { get; init; }

    /// <summary>Names other packages' requirements can be met by (virtual packages, sonames, owned files).</summary>
    public IReadOnlyList<string> Provides { get; init; } = [];

    /// <summary>What it requires: each entry a list of alternatives, any one of which satisfies it.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Requires { get; init; } = [];
}
