using System.Text.RegularExpressions;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// Maps os-release fields (<c>ID</c>, <c>VERSION_ID</c>, <c>VERSION_CODENAME</c>, <c>VERSION</c>, <c>PRETTY_NAME</c>)
/// to the OSV ecosystem and release, following osv-schema's ecosystem list: <c>Debian:12</c> (numeric release),
/// <c>Ubuntu:22.04:LTS</c> (LTS suffix mandatory for LTS releases), <c>Alpine:v3.19</c> (branch with <c>v</c>),
/// <c>AlmaLinux:9</c> and <c>Rocky Linux:9</c> (major), <c>openSUSE:Leap 15.5</c> and
/// <c>SUSE:Linux Enterprise Server 15 SP5</c> (product name from PRETTY_NAME).
/// </summary>
/// <remarks>
/// Red Hat's OSV ecosystems are product streams (<c>Red Hat:enterprise_linux:9::appstream</c>, <c>::baseos</c>,
/// and <c>enterprise_linux:10.0</c> from RHEL 10), and which stream an installed RPM came from is not in the
/// database; the release here is the common prefix <c>enterprise_linux:9</c>, which a matcher compares as a
/// prefix followed by <c>:</c> or <c>.</c>. Ubuntu Pro (<c>Ubuntu:Pro:22.04:LTS</c>) is not detected: the release is
/// the plain one.
/// </remarks>
internal static partial class DistributionMapping
{
    private static readonly Dictionary<string, string> DebianCodenames = new(StringComparer.Ordinal)
    {
        ["wheezy"] = "7", ["jessie"] = "8", ["stretch"] = "9", ["buster"] = "10", ["bullseye"] = "11",
        ["bookworm"] = "12", ["trixie"] = "13", ["forky"] = "14", ["duke"] = "15",
    };

    /// <summary>The distribution described by os-release <paramref name="fields"/>, for a database of <paramref name="format"/>.</summary>
    /// <param name="fields">os-release assignments (or ones made up from a fallback file).</param>
    /// <param name="format">The database's format: a mismatch (an rpm database on Debian) is reported, not trusted.</param>
    /// <param name="source">The file the fields came from, for messages.</param>
    public static Distribution From(IReadOnlyDictionary<string, string> fields, OsPackageFormat format, string source)
    {
        var id = fields.GetValueOrDefault("ID", "linux").Trim().ToLowerInvariant();
        var versionId = fields.GetValueOrDefault("VERSION_ID")?.Trim() is { Length: > 0 } v ? v : null;
        var codename = fields.GetValueOrDefault("VERSION_CODENAME")?.Trim().ToLowerInvariant() is { Length: > 0 } c ? c : null;
        var name = fields.GetValueOrDefault("PRETTY_NAME") ?? fields.GetValueOrDefault("NAME") ?? id;
        var distro = versionId is not null ? $"{id}-{versionId}" : codename is not null ? $"{id}-{codename}" : id;

        var (ecosystem, expected, release) = id switch
        {
            "debian" => (Ecosystems.Debian, OsPackageFormat.Dpkg, DebianRelease(versionId, codename)),
            "ubuntu" => (Ecosystems.Ubuntu, OsPackageFormat.Dpkg, UbuntuRelease(versionId, fields.GetValueOrDefault("VERSION"))),
            "alpine" => (Ecosystems.Alpine, OsPackageFormat.Apk, AlpineRelease(versionId)),
            "rhel" => (Ecosystems.RedHat, OsPackageFormat.Rpm, Major(versionId) is { } m ? "enterprise_linux:" + m : null),
            "almalinux" => (Ecosystems.AlmaLinux, OsPackageFormat.Rpm, Major(versionId)),
            "rocky" => (Ecosystems.RockyLinux, OsPackageFormat.Rpm, Major(versionId)),
            "opensuse-leap" => (Ecosystems.OpenSuse, OsPackageFormat.Rpm, versionId is null ? null : "Leap " + versionId),
            "opensuse-tumbleweed" => (Ecosystems.OpenSuse, OsPackageFormat.Rpm, "Tumbleweed"),
            "sles" or "sled" or "sles_sap" or "sle-micro" => (Ecosystems.Suse, OsPackageFormat.Rpm, SuseProduct(name)),
            _ => (null, format, null),
        };

        if (ecosystem is null || expected != format)
        {
            var why = ecosystem is null
                ? $"{name} (ID '{id}' in {source}) is not a distribution OSV publishes advisories for"
                : $"{source} says {name}, which does not use {Describe(format)} databases";
            return new Distribution
            {
                Ecosystem = id, PurlNamespace = id, DistroQualifier = distro,
                Problem = $"{why}; its packages are listed but cannot be matched against advisories.",
            };
        }

        return new Distribution
        {
            Ecosystem = ecosystem,
            Release = release,
            DistroQualifier = distro,
            Problem = release is null
                ? $"{name} ({source}) names no release OSV knows (VERSION_ID '{versionId}', VERSION_CODENAME '{codename}'); advisories are published per release, so these packages cannot be matched against them."
                : null,
        };
    }

    /// <summary>The family a format implies when nothing names the distribution: dpkg → Debian, apk → Alpine, rpm → Red Hat.</summary>
    public static string DefaultEcosystem(OsPackageFormat format) => format switch
    {
        OsPackageFormat.Dpkg => Ecosystems.Debian,
        OsPackageFormat.Apk => Ecosystems.Alpine,
        _ => Ecosystems.RedHat,
    };

    /// <summary>A format's name for messages.</summary>
    public static string Describe(OsPackageFormat format) => format switch
    {
        OsPackageFormat.Dpkg => "dpkg",
        OsPackageFormat.Apk => "apk",
        _ => "rpm",
    };

    /// <summary>The Debian release number for a codename (<c>bookworm</c> → <c>12</c>), or null.</summary>
    public static string? DebianNumber(string codename) => DebianCodenames.GetValueOrDefault(codename);

    private static string? DebianRelease(string? versionId, string? codename) =>
        Major(versionId) ?? (codename is null ? null : DebianNumber(codename));

    private static string? UbuntuRelease(string? versionId, string? version)
    {
        if (versionId is null || UbuntuVersion().Match(versionId) is not { Success: true } match)
        {
            return null;
        }

        // LTS releases are the April releases of even years (since 8.04); os-release's VERSION also says "LTS".
        var year = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var lts = (year % 2 == 0 && match.Groups[2].Value == "04") || (version?.Contains("LTS", StringComparison.Ordinal) ?? false);
        return lts ? $"{match.Value}:LTS" : match.Value;
    }

    private static string? AlpineRelease(string? versionId) =>
        versionId is not null && MajorMinor().Match(versionId) is { Success: true } match ? "v" + match.Value : null;

    private static string? SuseProduct(string prettyName) =>
        prettyName.StartsWith("SUSE ", StringComparison.Ordinal) ? prettyName["SUSE ".Length..] : prettyName;

    private static string? Major(string? versionId) =>
        versionId is not null && LeadingNumber().Match(versionId) is { Success: true } match ? match.Value : null;

    [GeneratedRegex(@"^(\d{2})\.(\d{2})")]
    private static partial Regex UbuntuVersion();

    [GeneratedRegex(@"^\d+\.\d+")]
    private static partial Regex MajorMinor();

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingNumber();
}
