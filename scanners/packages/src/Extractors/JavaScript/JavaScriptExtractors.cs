namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>The npm-ecosystem extractors, sorted by format.</summary>
public static class JavaScriptExtractors
{
    /// <summary>package-lock.json / npm-shrinkwrap.json, pnpm-lock.yaml, yarn.lock.</summary>
    public static IReadOnlyList<IExtractor> All { get; } =
    [
        new PackageLockExtractor(),
        new PnpmLockExtractor(),
        new YarnLockExtractor(),
    ];
}
