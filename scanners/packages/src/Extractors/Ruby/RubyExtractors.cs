namespace Bulwark.Scanners.Packages.Extractors.Ruby;

/// <summary>The Ruby formats this room reads.</summary>
public static class RubyExtractors
{
    /// <summary>Every Ruby extractor, sorted by format.</summary>
    public static IReadOnlyList<IExtractor> All { get; } = [new GemfileLockExtractor()];
}
