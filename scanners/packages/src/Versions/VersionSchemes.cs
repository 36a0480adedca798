using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// Which version scheme orders each OSV ecosystem's versions (an <c>ECOSYSTEM</c> range is ordered by the
/// ecosystem's scheme), and the scheme of OSV's <c>SEMVER</c> range type.
/// </summary>
public static class VersionSchemes
{
    private static readonly IVersionScheme NuGet = new NuGetScheme();
    private static readonly IVersionScheme Pep440 = new Pep440Scheme();
    private static readonly IVersionScheme Maven = new MavenScheme();
    private static readonly IVersionScheme RubyGems = new RubyGemsScheme();
    private static readonly IVersionScheme Go = new GoScheme();
    private static readonly IVersionScheme Composer = new ComposerScheme();
    private static readonly IVersionScheme Dpkg = new DpkgScheme();
    private static readonly IVersionScheme Rpm = new RpmScheme();
    private static readonly IVersionScheme Apk = new ApkScheme();

    /// <summary>SemVer 2.0.0: npm's and crates.io's order, and OSV's <c>SEMVER</c> range type.</summary>
    public static IVersionScheme SemVer { get; } = new SemVerScheme();

    /// <summary>
    /// The scheme for an OSV ecosystem, by its base name (<c>Debian:12</c> is Debian's), or null for an ecosystem
    /// without one here. Names are matched exactly as OSV writes them.
    /// </summary>
    public static IVersionScheme? For(string ecosystem) => Ecosystems.Base(ecosystem) switch
    {
        Ecosystems.Npm or Ecosystems.CratesIo => SemVer,
        Ecosystems.NuGet => NuGet,
        Ecosystems.PyPI => Pep440,
        Ecosystems.Maven => Maven,
        Ecosystems.RubyGems => RubyGems,
        Ecosystems.Go => Go,
        Ecosystems.Packagist => Composer,
        Ecosystems.Debian or Ecosystems.Ubuntu => Dpkg,
        Ecosystems.Alpine => Apk,
        Ecosystems.RedHat or Ecosystems.AlmaLinux or Ecosystems.RockyLinux or Ecosystems.OpenSuse or Ecosystems.Suse => Rpm,
        _ => null,
    };
}
