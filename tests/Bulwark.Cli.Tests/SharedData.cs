namespace Bulwark.Cli.Tests;

/// <summary>The shared test data beside the repository (../shared): OSV advisories and JSON schemas. Null when absent.</summary>
internal static class SharedData
{
    /// <summary>../shared/osv, the real OSV advisories.</summary>
    public static string? Osv { get; } = Find(Path.Combine("shared", "osv", "README.md")) is { } readme ? Path.GetDirectoryName(readme) : null;

    /// <summary>../shared/schemas.</summary>
    public static string? Schemas { get; } = Find(Path.Combine("shared", "schemas", "bom-1.6.schema.json")) is { } bom ? Path.GetDirectoryName(bom) : null;

    private static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, relative)))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        return null;
    }
}

/// <summary>A test that needs ../shared/osv and ../shared/schemas; skipped with the reason when they are absent.</summary>
public sealed class SharedOsvFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when the data is missing.</summary>
    public SharedOsvFactAttribute()
    {
        if (SharedData.Osv is null || SharedData.Schemas is null)
        {
            Skip = $"../shared/osv or ../shared/schemas not found above {AppContext.BaseDirectory}";
        }
    }
}
