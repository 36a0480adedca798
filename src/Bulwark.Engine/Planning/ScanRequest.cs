using Bulwark.Engine.Settings;
using Bulwark.Sdk;

namespace Bulwark.Engine.Planning;

/// <summary>What the user asked for: where to scan and the settings given on the command line.</summary>
public sealed record ScanRequest
{
    /// <summary>The directory, file or repository scanned; the config file and ignore file are looked for here.</summary>
    public required string Root { get; init; }

    /// <summary>Setting values from the command line, by key.</summary>
    public IReadOnlyDictionary<string, SettingValue> CommandLine { get; init; } = new Dictionary<string, SettingValue>();

    /// <summary>Reads an environment variable (a parameter so tests need not change the process environment).</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>A config file named explicitly (<c>--config</c>); when null, <c>bulwark.yaml</c> at the root is used if present.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>The working directory relative paths on the command line are resolved against.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>The day suppression expiry dates are compared with.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>
    /// Modules this command does not run but whose settings and rule ids the config may name (the audits, for a
    /// scan; the scanners, for an audit): they are known, so naming them is not a mistake.
    /// </summary>
    public IReadOnlyList<IScannerModule> OtherModules { get; init; } = [];
}
