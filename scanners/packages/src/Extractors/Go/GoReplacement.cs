namespace Bulwark.Scanners.Packages.Extractors.Go;

/// <summary>One <c>replace</c> entry of a go.mod file: <c>old [version] =&gt; new [version]</c>.</summary>
/// <param name="OldPath">The module being replaced.</param>
/// <param name="OldVersion">The only version replaced, or null when every version is.</param>
/// <param name="NewPath">The replacement: a module path, or a directory when <paramref name="NewVersion"/> is null.</param>
/// <param name="NewVersion">The replacement module's version; null for a directory.</param>
/// <param name="Line">The 1-based line of the entry.</param>
internal sealed record GoReplacement(string OldPath, string? OldVersion, string NewPath, string? NewVersion, int Line)
{
    /// <summary>True when the replacement is a directory on disk rather than a published module.</summary>
    public bool IsLocal => NewVersion is null;
}
