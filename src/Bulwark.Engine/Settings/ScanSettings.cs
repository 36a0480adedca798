using Bulwark.Sdk;

namespace Bulwark.Engine.Settings;

/// <summary>
/// The settings of <c>bulwark scan</c> itself, each declared once: the CLI flag, the <c>bulwark.yaml</c> key,
/// the <c>BULWARK_</c> variable, the default and the help text all come from these declarations.
/// Rooms declare their own in their <see cref="ScannerInfo.Settings"/>.
/// </summary>
public static class ScanSettings
{
    /// <summary>The gate threshold.</summary>
    public static readonly SettingInfo FailOn = new("fail-on", SettingType.Choice,
        "Exit with code 1 when a finding is at or above this severity.")
    { Default = "high", Choices = ["critical", "high", "medium", "low", "none"] };

    /// <summary>Which scanners run.</summary>
    public static readonly SettingInfo Scanners = new("scanners", SettingType.List,
        "The scanners to run (comma-separated or repeated); all of them when not given.");

    /// <summary>Path exclusions.</summary>
    public static readonly SettingInfo Exclude = new("exclude", SettingType.List,
        "Glob patterns of paths not to scan (repeatable): 'vendor/', '**/*.min.js', 'docs/**/fixtures/'.");

    /// <summary>The size limit.</summary>
    public static readonly SettingInfo MaxFileSize = new("max-file-size", SettingType.Size,
        "Files larger than this are skipped and counted in the summary.")
    { Default = "10MB" };

    /// <summary>The format written to standard output.</summary>
    public static readonly SettingInfo Format = new("format", SettingType.Choice,
        "The report format written to standard output.")
    { Default = "table", Choices = ["cyclonedx", "html", "json", "junit", "markdown", "sarif", "table"] };

    /// <summary>Reports written to files.</summary>
    public static readonly SettingInfo Output = new("output", SettingType.List,
        "Also write a report to a file, as FORMAT=FILE (repeatable): --output sarif=results.sarif --output junit=results.xml.");

    /// <summary>The baseline report.</summary>
    public static readonly SettingInfo Baseline = new("baseline", SettingType.Path,
        "An earlier JSON report: findings already in it are not reported again.");

    /// <summary>The ignore file.</summary>
    public static readonly SettingInfo IgnoreFile = new("ignore-file", SettingType.Path,
        "The file of suppressed fingerprints (with reasons and optional expiry dates), relative to the scan root.")
    { Default = ".bulwarkignore" };

    /// <summary>Files that do not parse fail the scan (exit code 3).</summary>
    public static readonly SettingInfo FailOnError = new("fail-on-error", SettingType.Switch,
        "Exit with code 3 when a file could not be parsed (a syntax error in a Terraform file or lockfile) or a scanner warns that it could not check everything (no vulnerability database, or one older than allowed). Such problems are always reported, as findings of severity info or warnings; without this switch they do not fail the scan.");

    /// <summary>No progress or table.</summary>
    public static readonly SettingInfo Quiet = new("quiet", SettingType.Switch,
        "Print nothing but errors and the reports asked for with --format or --output.");

    /// <summary>Worker count.</summary>
    public static readonly SettingInfo Threads = new("threads", SettingType.Integer,
        "How many files are scanned at once; the number of processors when not given.");

    /// <summary>Where to send the report.</summary>
    public static readonly SettingInfo Upload = new("upload", SettingType.Text,
        "Also send the report to a bulwark server (its URL, e.g. https://bulwark.example.org), where findings are deduplicated and tracked; needs --token.")
    { ValueName = "URL" };

    /// <summary>The API token for the upload.</summary>
    public static readonly SettingInfo UploadToken = new("token", SettingType.Text,
        "The server's API token for --upload; prefer the environment variable to the flag, which other users can see in the process list.")
    { ValueName = "TOKEN" };

    /// <summary>The product the upload is about.</summary>
    public static readonly SettingInfo Product = new("product", SettingType.Text,
        "The product (repository, host or image) the uploaded scan is of; the scanned directory's name, or the host name for a host, when not given.")
    { ValueName = "NAME" };

    /// <summary>Every scan setting, in the order help shows them.</summary>
    public static IReadOnlyList<SettingInfo> All { get; } =
        [Scanners, FailOn, FailOnError, Format, Output, Exclude, MaxFileSize, Baseline, IgnoreFile, Threads, Quiet, Upload, UploadToken, Product];
}
