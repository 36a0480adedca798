using Bulwark.Scanners.Host.Benchmarks;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host;

/// <summary>
/// The hardening audit as the catalog lists it. It is not one of <c>bulwark scan</c>'s scanners (it reads a system,
/// not a tree of files): <c>bulwark audit host</c> plans it with the same settings, config, rule overrides,
/// suppressions and gate.
/// </summary>
public sealed class HostModule : IScannerModule
{
    /// <summary>The scanner id.</summary>
    public const string Id = "host";

    /// <summary>The root filesystem tree to audit instead of the live host.</summary>
    public static readonly SettingInfo Root = new("host.root", SettingType.Path,
        "Audit this root filesystem tree (a mounted image, a chroot, an unpacked container) instead of the live host; only files under it are read.")
    { FlagName = "--root", ValueName = "DIR" };

    /// <summary>The benchmark to run.</summary>
    public static readonly SettingInfo BenchmarkName = new("host.benchmark", SettingType.Text,
        "The benchmark to run (debian-12, rhel-9, or one from host.benchmarks); by default the one whose applies-to matches etc/os-release.")
    { FlagName = "--benchmark", ValueName = "NAME" };

    /// <summary>The CIS profile level.</summary>
    public static readonly SettingInfo Level = new("host.level", SettingType.Choice,
        "The CIS profile level: 1 runs the level-1 checks, 2 runs level 1 and level 2.")
    { FlagName = "--level", Default = "1", Choices = ["1", "2"] };

    /// <summary>Extra benchmark files.</summary>
    public static readonly SettingInfo Benchmarks = new("host.benchmarks", SettingType.List,
        "Extra benchmark files (scanners/host/README.md): new benchmarks, or more checks for a built-in one.")
    { ValueName = "FILE" };

    /// <summary>Extra password lists for the default-password check.</summary>
    public static readonly SettingInfo Passwords = new("host.passwords", SettingType.List,
        "Extra password lists (one per line) that the default-password check tries besides the shipped one.")
    { ValueName = "FILE" };

    /// <inheritdoc />
    public ScannerInfo Info { get; } = new(Id, "1", "Audits a host or a root filesystem tree against CIS-style hardening benchmarks.")
    {
        Settings = [Root, BenchmarkName, Level, Benchmarks, Passwords],
    };

    /// <inheritdoc />
    public IReadOnlyList<RuleInfo> BuiltInRules => BuiltInChecks.Value;

    // Loaded on first use: a command that does not audit hosts never parses the benchmarks.
    private static readonly Lazy<IReadOnlyList<RuleInfo>> BuiltInChecks = new(BuiltIn);

    /// <inheritdoc />
    public Created<IScanner> Create(ScannerOptions options)
    {
        var settings = HostSettings.Read(options.Settings);
        return settings.Succeeded
            ? Created<IScanner>.Ok(new HostScanner(Info, settings.Value!, options.IsRuleEnabled))
            : Created<IScanner>.Failed(settings.Problems);
    }

    /// <inheritdoc />
    public IReadOnlyList<ConfigProblem> VerifyRules(ScannerOptions options) => HostSettings.Read(options.Settings).Problems;

    private static IReadOnlyList<RuleInfo> BuiltIn()
    {
        var loaded = BenchmarkLoader.LoadBuiltIn();
        return loaded.Succeeded ? [.. loaded.Value!.SelectMany(b => b.Checks).Select(HostFindings.RuleOf)] : [];
    }
}
