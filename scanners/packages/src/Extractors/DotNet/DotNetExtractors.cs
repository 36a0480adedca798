namespace Bulwark.Scanners.Packages.Extractors.DotNet;

/// <summary>The .NET (NuGet) formats this room reads.</summary>
public static class DotNetExtractors
{
    /// <summary>Every .NET extractor, sorted by format.</summary>
    public static IReadOnlyList<IExtractor> All { get; } =
    [
        new DepsJsonExtractor(),
        new PackagesLockJsonExtractor(),
        new ProjectFileExtractor(),
    ];
}
