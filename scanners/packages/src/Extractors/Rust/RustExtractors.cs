namespace Bulwark.Scanners.Packages.Extractors.Rust;

/// <summary>The Rust formats this room reads.</summary>
public static class RustExtractors
{
    /// <summary>Every Rust extractor, sorted by format.</summary>
    public static IReadOnlyList<IExtractor> All { get; } = [new CargoLockExtractor()];
}
