using Bulwark.Scanners.Packages.Scanning;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Packages;

/// <summary>The vulnerable-components scanner as the catalog lists it: its settings, and how a scan's scanner is made.</summary>
public sealed class PackagesModule : IScannerModule
{
    /// <summary>The scanner id.</summary>
    public const string Id = "packages";

    /// <summary>Where the vulnerability database is kept.</summary>
    public static readonly SettingInfo CacheDir = new("packages.cache-dir", SettingType.Path,
        "Where Bulwark keeps downloaded data: the vulnerability database is CACHE-DIR/osv/osv.db. Default: $XDG_CACHE_HOME/bulwark or ~/.cache/bulwark.")
    { FlagName = "--cache-dir", EnvironmentName = "BULWARK_CACHE_DIR", ValueName = "DIR" };

    /// <summary>How old the database may be before every report warns.</summary>
    public static readonly SettingInfo MaxDatabaseAge = new("packages.max-db-age", SettingType.Text,
        "Warn in every report when the vulnerability database is older than this (e.g. 36h, 7d).")
    { Default = "7d" };

    /// <summary>Skip advisories with no fixed version.</summary>
    public static readonly SettingInfo IgnoreUnfixed = new("packages.ignore-unfixed", SettingType.Switch,
        "Do not report vulnerabilities that have no fixed version yet.")
    { FlagName = "--ignore-unfixed" };

    /// <summary>VEX documents whose statements suppress findings.</summary>
    public static readonly SettingInfo Vex = new("packages.vex", SettingType.List,
        "OpenVEX or CycloneDX VEX documents: findings they mark not_affected or fixed are suppressed, with the justification.")
    { FlagName = "--vex" };

    /// <summary>An SBOM to scan as the list of components.</summary>
    public static readonly SettingInfo Sbom = new("packages.sbom", SettingType.Path,
        "Scan this CycloneDX or SPDX JSON SBOM instead of a tree (bulwark scan --sbom bom.json).")
    { FlagName = "--sbom" };

    /// <summary>Where <c>bulwark db update</c> downloads the OSV exports from.</summary>
    public static readonly SettingInfo DatabaseMirror = new("packages.db-mirror", SettingType.Text,
        "Where 'bulwark db update' downloads the OSV exports (ECOSYSTEM/all.zip) from: a mirror of the public OSV bucket for air-gapped sites.")
    { Default = Download.OsvExports.DefaultMirror, FlagName = "--mirror", ValueName = "URL" };

    /// <inheritdoc />
    public ScannerInfo Info { get; } = new(Id, "1", "Inventories dependencies and OS packages and reports the ones with known vulnerabilities (OSV).")
    {
        Settings = [CacheDir, DatabaseMirror, MaxDatabaseAge, IgnoreUnfixed, Vex, Sbom],
        DynamicRuleIds = @"[A-Z][A-Za-z0-9]*-[A-Za-z0-9:._-]+",
    };

    /// <inheritdoc />
    public IReadOnlyList<RuleInfo> BuiltInRules => [PackageFindings.ParseErrorInfo, PackageFindings.UncheckedInfo];

    /// <inheritdoc />
    public Created<IScanner> Create(ScannerOptions options)
    {
        var settings = PackagesSettings.Read(options.Settings);
        return settings.Succeeded
            ? Created<IScanner>.Ok(new PackagesScanner(Info, settings.Value!, options.IsRuleEnabled))
            : Created<IScanner>.Failed(settings.Problems);
    }

    /// <inheritdoc />
    public IReadOnlyList<ConfigProblem> VerifyRules(ScannerOptions options) => [];

    /// <inheritdoc />
    public IReadOnlyList<IReporter> Reporters { get; } = [new Reporting.CycloneDxReporter()];
}
