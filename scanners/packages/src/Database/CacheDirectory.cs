namespace Bulwark.Scanners.Packages.Database;

/// <summary>
/// Where the vulnerability database lives: <c>--cache-dir</c>, else <c>BULWARK_CACHE_DIR</c>, else
/// <c>$XDG_CACHE_HOME/bulwark</c>, else <c>~/.cache/bulwark</c>; the OSV database is <c>osv/osv.db</c> inside.
/// </summary>
public static class CacheDirectory
{
    /// <summary>The cache directory to use, given an explicit choice (or null).</summary>
    public static string Resolve(string? explicitDirectory)
    {
        if (!string.IsNullOrWhiteSpace(explicitDirectory))
        {
            return Path.GetFullPath(explicitDirectory);
        }

        if (Environment.GetEnvironmentVariable("BULWARK_CACHE_DIR") is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var baseDirectory = !string.IsNullOrEmpty(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(baseDirectory, "bulwark");
    }

    /// <summary>The database file inside a cache directory.</summary>
    public static string DatabasePath(string cacheDirectory) => Path.Combine(cacheDirectory, "osv", "osv.db");

    /// <summary>The folder downloads are kept in (for resuming).</summary>
    public static string DownloadFolder(string cacheDirectory) => Path.Combine(cacheDirectory, "osv", "downloads");
}
