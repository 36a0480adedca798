using Bulwark.Sdk;

namespace Bulwark.Scanners.Detection;

/// <summary>
/// Detection over logs as the catalog lists it: a module <c>bulwark detect</c> plans like a scan (settings, config, rule
/// overrides, gate, formats); it reads log files, not a project tree, so <c>bulwark scan</c> does not run it.
/// </summary>
public sealed class DetectionModule : IScannerModule
{
    /// <summary>The scanner id.</summary>
    public const string Id = "detection";

    /// <summary>Rule files and directories.</summary>
    public static readonly SettingInfo Rules = new("detection.rules", SettingType.List,
        "Sigma rule files, or directories searched for .yml/.yaml files (repeatable).")
    { FlagName = "--rules", ValueName = "DIR" };

    /// <summary>Extra field-mapping pipelines.</summary>
    public static readonly SettingInfo Pipelines = new("detection.pipelines", SettingType.List,
        "Field-mapping pipeline files (scanners/detection/README.md) that bind more log sources to log formats, after the built-in one.")
    { FlagName = "--pipeline", ValueName = "FILE" };

    /// <summary>Rate rules.</summary>
    public static readonly SettingInfo Anomalies = new("detection.anomalies", SettingType.List,
        "Rate rule files (scanners/detection/README.md): alert when a field's events per window exceed what that value usually does.")
    { FlagName = "--anomalies", ValueName = "FILE" };

    /// <summary>The log format, instead of sniffing it.</summary>
    public static readonly SettingInfo LogFormat = new("detection.log-format", SettingType.Choice,
        "Read every log as this format instead of recognising each file's format from its first lines.")
    { FlagName = "--log-format", Choices = ["access", "auditd", "authlog", "journald", "json", "raw", "syslog"] };

    /// <summary>Where rate rules keep what they learned.</summary>
    public static readonly SettingInfo AnomalyState = new("detection.anomaly-state", SettingType.Path,
        "A file where rate rules keep the usual rates they learned: read at start, written at the end (live: every minute and at stop), so a restart does not learn again.")
    { FlagName = "--anomaly-state", ValueName = "FILE" };

    /// <summary>How many threads read a log.</summary>
    public static readonly SettingInfo Threads = new("detection.threads", SettingType.Integer,
        "How many threads parse log lines and match rules at once (correlations and rate rules still see the events in order); the number of processors when not given.")
    { FlagName = "--threads", ValueName = "N" };

    /// <summary>The logs to read (the command's arguments).</summary>
    public static readonly SettingInfo Logs = new("detection.logs", SettingType.List,
        "The log files to read (plain or .gz; - for standard input); bulwark detect takes them as arguments.")
    { ValueName = "FILE" };

    /// <inheritdoc />
    public ScannerInfo Info { get; } = new(Id, "1", "Runs Sigma detection rules and correlations over server logs.")
    {
        Settings = [Rules, Pipelines, Anomalies, AnomalyState, LogFormat, Threads, Logs],

        // The rules are the user's files: any Sigma id (a UUID) or correlation name may be named in rules: overrides.
        DynamicRuleIds = "[0-9A-Za-z][0-9A-Za-z_.:-]*",
    };

    /// <inheritdoc />
    public IReadOnlyList<RuleInfo> BuiltInRules { get; } = [];

    /// <inheritdoc />
    public Created<IScanner> Create(ScannerOptions options)
    {
        var settings = DetectionSettings.Read(options.Settings);
        return settings.Succeeded
            ? Created<IScanner>.Ok(new DetectionScanner(Info, settings.Value!))
            : Created<IScanner>.Failed(settings.Problems);
    }

    /// <inheritdoc />
    public IReadOnlyList<ConfigProblem> VerifyRules(ScannerOptions options) => DetectionSettings.Read(options.Settings).Problems;
}
