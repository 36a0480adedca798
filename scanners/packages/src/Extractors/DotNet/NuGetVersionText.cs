namespace Bulwark.Scanners.Packages.Extractors.DotNet;

/// <summary>What a NuGet version attribute says: an exact version, or a range or floating version that is not one.</summary>
internal static class NuGetVersionText
{
    /// <summary>
    /// The exact version in <paramref name="text"/>: <c>1.2.3</c> as written, <c>[1.2.3]</c> unwrapped; null for
    /// a range (<c>[1.0,2.0)</c>, <c>(,2.0]</c>) or a floating version (<c>1.*</c>), which restore resolves later.
    /// </summary>
    public static string? Exact(string text)
    {
        var version = text.Trim();
        if (version.Length > 2 && version[0] == '[' && version[^1] == ']' && !version.Contains(',', StringComparison.Ordinal))
        {
            version = version[1..^1].Trim();
        }

        return version.Length == 0 || version.IndexOfAny(['[', ']', '(', ')', ',', '*', ' ']) >= 0 ? null : version;
    }
}
