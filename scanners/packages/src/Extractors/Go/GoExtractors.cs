namespace Bulwark.Scanners.Packages.Extractors.Go;

/// <summary>The Go module formats this room reads.</summary>
public static class GoExtractors
{
    /// <summary>Every Go extractor, sorted by format.</summary>
    public static IReadOnlyList<IExtractor> All { get; } = [new GoModExtractor()];
}
