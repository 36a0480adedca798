namespace Bulwark.Scanners.Packages.Model;

/// <summary>
/// Ecosystem names exactly as OSV writes them (<c>affected[].package.ecosystem</c>), so a package and an
/// advisory meet on the same string. Operating-system ecosystems carry their release after a colon in OSV
/// (<c>Debian:12</c>, <c>Alpine:v3.19</c>); <see cref="Package.Release"/> holds that part.
/// </summary>
public static class Ecosystems
{
    /// <summary>npm (package-lock.json, yarn.lock, pnpm-lock.yaml).</summary>
    public const string Npm = "npm";

    /// <summary>Python packages (requirements, poetry, Pipfile, uv).</summary>
    public const string PyPI = "PyPI";

    /// <summary>Go modules.</summary>
    public const string Go = "Go";

    /// <summary>Rust crates.</summary>
    public const string CratesIo = "crates.io";

    /// <summary>Maven (pom.xml, gradle.lockfile).</summary>
    public const string Maven = "Maven";

    /// <summary>NuGet.</summary>
    public const string NuGet = "NuGet";

    /// <summary>Ruby gems.</summary>
    public const string RubyGems = "RubyGems";

    /// <summary>PHP Composer packages.</summary>
    public const string Packagist = "Packagist";

    /// <summary>Debian packages (dpkg).</summary>
    public const string Debian = "Debian";

    /// <summary>Ubuntu packages (dpkg).</summary>
    public const string Ubuntu = "Ubuntu";

    /// <summary>Alpine packages (apk).</summary>
    public const string Alpine = "Alpine";

    /// <summary>Red Hat Enterprise Linux packages (rpm).</summary>
    public const string RedHat = "Red Hat";

    /// <summary>AlmaLinux packages (rpm).</summary>
    public const string AlmaLinux = "AlmaLinux";

    /// <summary>Rocky Linux packages (rpm).</summary>
    public const string RockyLinux = "Rocky Linux";

    /// <summary>openSUSE packages (rpm).</summary>
    public const string OpenSuse = "openSUSE";

    /// <summary>SUSE packages (rpm).</summary>
    public const string Suse = "SUSE";

    /// <summary>The ecosystems whose packages are installed in an operating system (matched per release, on the source package where there is one).</summary>
    public static IReadOnlySet<string> OperatingSystems { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Debian, Ubuntu, Alpine, RedHat, AlmaLinux, RockyLinux, OpenSuse, Suse,
    };

    /// <summary>The part of an OSV ecosystem string before the release: <c>Debian:12</c> → <c>Debian</c>.</summary>
    public static string Base(string ecosystem) =>
        ecosystem.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? ecosystem[..colon] : ecosystem;

    /// <summary>The release in an OSV ecosystem string, or null: <c>Debian:12</c> → <c>12</c>.</summary>
    public static string? Release(string ecosystem) =>
        ecosystem.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? ecosystem[(colon + 1)..] : null;
}
