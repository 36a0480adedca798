namespace Bulwark.Sdk;

/// <summary>How much a scan read and what it skipped.</summary>
public sealed record ScanStatistics
{
    /// <summary>Files whose content was scanned.</summary>
    public long FilesScanned { get; init; }

    /// <summary>Bytes of content scanned.</summary>
    public long BytesScanned { get; init; }

    /// <summary>Files skipped because their content is binary.</summary>
    public long SkippedBinary { get; init; }

    /// <summary>Files skipped because they are larger than the size limit.</summary>
    public long SkippedTooLarge { get; init; }

    /// <summary>Paths a path exclusion removed (an excluded folder counts once) and files no selected scanner wanted.</summary>
    public long SkippedExcluded { get; init; }

    /// <summary>Findings dropped because an earlier report (the baseline) already had them.</summary>
    public long Baselined { get; init; }
}
