namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>The extractors for installed operating-system packages, in one explicit list.</summary>
public static class OsExtractors
{
    /// <summary>Every OS package database extractor, sorted by format.</summary>
    public static IReadOnlyList<IExtractor> All { get; } =
    [
        new ApkInstalledExtractor(),
        new DpkgStatusExtractor(),
        new DpkgStatusDirectoryExtractor(),
        new RpmLegacyDatabaseExtractor(),
        new RpmSqliteExtractor(),
    ];
}
