using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Tests.Matching;

/// <summary>Packages as the extractors report them, for matching tests.</summary>
internal static class Packages
{
    /// <summary>A package of a language ecosystem.</summary>
    public static Package Of(string ecosystem, string name, string version, int line = 1) => new()
    {
        Ecosystem = ecosystem,
        Name = name,
        Version = version,
        Purl = $"pkg:generic/{name}@{version}",
        File = "lockfile",
        Line = line,
    };

    /// <summary>A Debian binary package built from <paramref name="source"/>, installed on Debian <paramref name="release"/>.</summary>
    public static Package Debian(string name, string version, string source, string release = "12", string? sourceVersion = null) => new()
    {
        Ecosystem = Ecosystems.Debian,
        Release = release,
        Name = name,
        Version = version,
        SourceName = source,
        SourceVersion = sourceVersion,
        Purl = $"pkg:deb/debian/{name}@{version}?distro=debian-{release}",
        File = "var/lib/dpkg/status",
    };
}
