using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// The distribution a package database belongs to, as advisories and purls need it: the OSV ecosystem and
/// release (<c>Debian</c> and <c>12</c>), the purl namespace and <c>distro</c> qualifier (<c>debian</c>,
/// <c>debian-12</c>), and why it could not be fully known when it could not.
/// </summary>
internal sealed record Distribution
{
    /// <summary>
    /// The OSV ecosystem without release (<see cref="Ecosystems"/>); for a distribution OSV has no advisories for,
    /// the os-release <c>ID</c> (<c>fedora</c>), which matches nothing on purpose.
    /// </summary>
    public required string Ecosystem { get; init; }

    /// <summary>The release as OSV writes it after the colon (<c>12</c>, <c>22.04:LTS</c>, <c>v3.19</c>); null when unknown.</summary>
    public string? Release { get; init; }

    /// <summary>The purl namespace for distributions without an OSV ecosystem (the os-release <c>ID</c>); null for OSV ones, whose namespace <see cref="Purl.For"/> knows.</summary>
    public string? PurlNamespace { get; init; }

    /// <summary>The purl <c>distro</c> qualifier: <c>ID-VERSION_ID</c> (<c>debian-12</c>, <c>alpine-3.19.1</c>); null when unknown.</summary>
    public string? DistroQualifier { get; init; }

    /// <summary>Why advisories cannot be matched (or only approximately), for one diagnostic per database; null when nothing to say.</summary>
    public string? Problem { get; init; }
}
