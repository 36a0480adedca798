using Bulwark.Sdk;

namespace Bulwark.Engine.Scanning;

/// <summary>What the scanners produced, before policy (overrides, suppression files, baseline, gate).</summary>
public sealed record ScanOutcome
{
    /// <summary>Findings not covered by an inline marker.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Findings an inline marker in the file suppressed.</summary>
    public required IReadOnlyList<SuppressedFinding> InlineSuppressed { get; init; }

    /// <summary>Files and entries that could not be scanned.</summary>
    public required IReadOnlyList<ScanError> Errors { get; init; }

    /// <summary>Notes the scanners made about the whole scan.</summary>
    public IReadOnlyList<ScanNote> Notes { get; init; } = [];

    /// <summary>Components the scanners inventoried.</summary>
    public IReadOnlyList<ReportComponent> Components { get; init; } = [];

    /// <summary>Controls the scanners checked.</summary>
    public IReadOnlyList<ReportCheck> Checks { get; init; } = [];

    /// <summary>What was read and skipped.</summary>
    public required ScanStatistics Statistics { get; init; }
}
