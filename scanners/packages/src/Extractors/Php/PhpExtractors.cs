namespace Bulwark.Scanners.Packages.Extractors.Php;

/// <summary>The PHP (Composer) formats this room reads.</summary>
public static class PhpExtractors
{
    /// <summary>Every PHP extractor, sorted by format.</summary>
    public static IReadOnlyList<IExtractor> All { get; } = [new ComposerLockExtractor()];
}
