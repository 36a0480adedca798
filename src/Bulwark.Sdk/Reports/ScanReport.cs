namespace Bulwark.Sdk;

/// <summary>Everything a scan produced, as every reporter receives it. Findings are already filtered by policy.</summary>
public sealed record ScanReport
{
    /// <summary>The version of Bulwark that produced the report.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>What was scanned, as the user named it (a path, a git range).</summary>
    public required string Target { get; init; }

    /// <summary>When the scan started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>How long it took.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>The scanners that ran.</summary>
    public required IReadOnlyList<ScannerInfo> Scanners { get; init; }

    /// <summary>The rules of those scanners that were enabled, with any severity override applied.</summary>
    public required IReadOnlyList<RuleInfo> Rules { get; init; }

    /// <summary>The findings to act on, most severe first, then by path and line.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Findings a suppression or the baseline hid, with the reason.</summary>
    public IReadOnlyList<SuppressedFinding> Suppressed { get; init; } = [];

    /// <summary>Suppressions whose expiry date has passed; their findings are reported again.</summary>
    public IReadOnlyList<ExpiredSuppression> ExpiredSuppressions { get; init; } = [];

    /// <summary>Files or entries that could not be scanned, and why.</summary>
    public IReadOnlyList<ScanError> Errors { get; init; } = [];

    /// <summary>What the scanners say about the scan as a whole (database age, partial reads), in the order said.</summary>
    public IReadOnlyList<ScanNote> Notes { get; init; } = [];

    /// <summary>The components the scanners inventoried (dependencies, OS packages), in the order found.</summary>
    public IReadOnlyList<ReportComponent> Components { get; init; } = [];

    /// <summary>The controls an audit checked, with their status, in the order checked.</summary>
    public IReadOnlyList<ReportCheck> Checks { get; init; } = [];

    /// <summary>How much was scanned and skipped.</summary>
    public required ScanStatistics Statistics { get; init; }

    /// <summary>The gate: the threshold and whether the findings break the build.</summary>
    public required GateResult Gate { get; init; }
}
