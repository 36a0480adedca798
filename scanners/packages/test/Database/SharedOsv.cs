namespace Bulwark.Scanners.Packages.Tests.Database;

/// <summary>
/// Finds the real OSV advisories kept beside the repository (<c>../shared/osv</c>: /work/shared next to /work/main
/// here, a sibling of the clone in CI) by walking up from the test binaries. The data is never copied into the repository.
/// </summary>
internal static class SharedOsv
{
    /// <summary>The <c>shared/osv</c> folder, or null on a machine without the shared data.</summary>
    public static string? Folder { get; } = Find();

    /// <summary>Why tests that need the folder are skipped.</summary>
    public static string SkipReason => $"the shared OSV advisories (../shared/osv) were not found above {AppContext.BaseDirectory}";

    /// <summary>The path of one record, <c>Maven/GHSA-jfh8-c2jp-5v3q.json</c> (only when <see cref="Folder"/> is not null).</summary>
    public static string Record(string relativePath) => Path.Combine(Folder!, relativePath);

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var osv = Path.Combine(dir.FullName, "shared", "osv");
            if (File.Exists(Path.Combine(osv, "Maven", "GHSA-jfh8-c2jp-5v3q.json")))
            {
                return osv;
            }
        }

        return null;
    }
}
