using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>
/// From a purl back to a package's OSV ecosystem, its name as the ecosystem writes it, and, for OS packages,
/// the distribution release from the <c>distro</c> qualifier (<c>debian-12</c> → <c>12</c>, <c>alpine-3.19.1</c> → <c>v3.19</c>).
/// </summary>
public static class PurlEcosystems
{
    private static readonly Dictionary<string, string> DebianCodenames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jessie"] = "8", ["stretch"] = "9", ["buster"] = "10", ["bullseye"] = "11", ["bookworm"] = "12", ["trixie"] = "13",
    };

    private static readonly Dictionary<string, string> UbuntuCodenames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["xenial"] = "16.04", ["bionic"] = "18.04", ["focal"] = "20.04", ["jammy"] = "22.04", ["noble"] = "24.04",
    };

    /// <summary>
    /// The ecosystem, name and release of <paramref name="purl"/>; null with <paramref name="error"/> set when its
    /// type (or, for OS packages, its distribution) is not one OSV publishes advisories for under a known name.
    /// </summary>
    public static (string Ecosystem, string Name, string? Release)? Identify(PackageUrl purl, out string error)
    {
        error = "";
        var space = purl.Namespace;
        var distro = purl.Qualifiers.GetValueOrDefault("distro");
        (string, string, string?)? identity = purl.Type switch
        {
            "npm" => (Ecosystems.Npm, Join(space, '/', purl.Name), null),
            "pypi" => (Ecosystems.PyPI, purl.Name, null),
            "maven" => (Ecosystems.Maven, Join(space, ':', purl.Name), null),
            "golang" => (Ecosystems.Go, Join(space, '/', purl.Name), null),
            "cargo" => (Ecosystems.CratesIo, purl.Name, null),
            "nuget" => (Ecosystems.NuGet, purl.Name, null),
            "gem" => (Ecosystems.RubyGems, purl.Name, null),
            "composer" => (Ecosystems.Packagist, Join(space, '/', purl.Name), null),
            "deb" or "apk" or "rpm" when OsEcosystem(purl.Type, space) is { } os => (os, purl.Name, Release(os, space!, distro)),
            _ => null,
        };
        if (identity is null)
        {
            error = purl.Type is "deb" or "apk" or "rpm"
                ? $"{purl.Type} packages of '{space ?? "(no namespace)"}' are not a distribution Bulwark matches advisories for"
                : $"purl type '{purl.Type}' is not an ecosystem Bulwark matches advisories for";
        }

        return identity;
    }

    private static string Join(string? space, char separator, string name) => space is null ? name : space + separator + name;

    private static string? OsEcosystem(string type, string? space) => (type, space?.ToLowerInvariant()) switch
    {
        ("deb", "debian") => Ecosystems.Debian,
        ("deb", "ubuntu") => Ecosystems.Ubuntu,
        ("apk", "alpine") => Ecosystems.Alpine,
        ("rpm", "redhat" or "rhel") => Ecosystems.RedHat,
        ("rpm", "almalinux") => Ecosystems.AlmaLinux,
        ("rpm", "rocky" or "rocky-linux" or "rockylinux") => Ecosystems.RockyLinux,
        ("rpm", "opensuse" or "opensuse-leap") => Ecosystems.OpenSuse,
        ("rpm", "suse" or "sles") => Ecosystems.Suse,
        _ => null,
    };

    /// <summary>The release as OSV names it, from a distro qualifier such as <c>debian-12.5</c>, <c>bookworm</c> or <c>alpine-3.19.1</c>.</summary>
    private static string? Release(string ecosystem, string space, string? distro)
    {
        if (string.IsNullOrEmpty(distro))
        {
            return null;
        }

        // Tools write the distro with the namespace as a prefix (debian-12) or without it (12).
        var version = distro.StartsWith(space + "-", StringComparison.OrdinalIgnoreCase) ? distro[(space.Length + 1)..] : distro;
        return ecosystem switch
        {
            Ecosystems.Debian => DebianCodenames.GetValueOrDefault(version) ?? Major(version),
            Ecosystems.Ubuntu => UbuntuCodenames.GetValueOrDefault(version) ?? version,
            Ecosystems.Alpine => "v" + MajorMinor(version.TrimStart('v')),
            Ecosystems.RedHat or Ecosystems.AlmaLinux or Ecosystems.RockyLinux => Major(version),
            _ => version,
        };
    }

    private static string Major(string version) => version.Split('.')[0];

    private static string MajorMinor(string version) => string.Join('.', version.Split('.').Take(2));
}
