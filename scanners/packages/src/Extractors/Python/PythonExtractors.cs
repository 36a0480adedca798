namespace Bulwark.Scanners.Packages.Extractors.Python;

/// <summary>The Python formats this room reads.</summary>
public static class PythonExtractors
{
    /// <summary>Every Python extractor, sorted by format.</summary>
    public static IReadOnlyList<IExtractor> All { get; } =
        [new PipfileLockExtractor(), new PoetryLockExtractor(), new RequirementsExtractor(), new UvLockExtractor()];
}
