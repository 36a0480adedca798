namespace Bulwark.Scanners.Packages.Extractors.Java;

/// <summary>The Java (Maven) formats this room reads.</summary>
public static class JavaExtractors
{
    /// <summary>Every Java extractor, sorted by format.</summary>
    public static IReadOnlyList<IExtractor> All { get; } =
    [
        new GradleLockfileExtractor(),
        new PomXmlExtractor(),
    ];
}
