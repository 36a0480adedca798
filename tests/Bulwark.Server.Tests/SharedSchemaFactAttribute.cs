namespace Bulwark.Server.Tests;

/// <summary>A test that reads the official schemas in ../shared/schemas; skipped, with that reason, where they are absent.</summary>
public sealed class SharedSchemaFactAttribute : FactAttribute
{
    public SharedSchemaFactAttribute()
    {
        if (Sarif is null)
        {
            Skip = "../shared/schemas is not here (CI always has it)";
        }
    }

    public static string? Sarif { get; } = Find("sarif-schema-2.1.0.json");

    private static string? Find(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "schemas", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
