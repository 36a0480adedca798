using Bulwark.Engine.Paths;
using Bulwark.Engine.Policy;
using Bulwark.Engine.Scanning;
using Bulwark.Engine.Settings;
using Bulwark.Sdk;

namespace Bulwark.Engine.Planning;

/// <summary>A scan ready to run: configured scanners, read limits, exclusions and the policy, all checked.</summary>
public sealed record ScanPlan
{
    /// <summary>The scanners that run.</summary>
    public required IReadOnlyList<IScanner> Scanners { get; init; }

    /// <summary>How files are read.</summary>
    public required ScanLimits Limits { get; init; }

    /// <summary>Paths not scanned.</summary>
    public required PathFilter Exclusions { get; init; }

    /// <summary>What happens to findings after the scan.</summary>
    public required PolicyInputs Policy { get; init; }

    /// <summary>Every resolved setting, for the host to read its own (format, outputs, quiet).</summary>
    public required SettingValues Settings { get; init; }

    /// <summary>The config file that was read, if any.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>The rules of the running scanners that are enabled, with severity overrides applied.</summary>
    public required IReadOnlyList<RuleInfo> EnabledRules { get; init; }
}
