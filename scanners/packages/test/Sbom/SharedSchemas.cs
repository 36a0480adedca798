namespace Bulwark.Scanners.Packages.Tests.Sbom;

/// <summary>
/// Finds the official schemas kept beside the repository (<c>../shared/schemas</c>: /work/shared next to /work/main
/// here, a sibling of the clone in CI) by walking up from the test binaries.
/// </summary>
internal static class SharedSchemas
{
    /// <summary>The schemas folder, or null on a machine without the shared data.</summary>
    public static string? Folder { get; } = Find();

    /// <summary>The path of the CycloneDX 1.6 schema (only when <see cref="Folder"/> is not null).</summary>
    public static string CycloneDx16 => Path.Combine(Folder!, "bom-1.6.schema.json");

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var schemas = Path.Combine(dir.FullName, "shared", "schemas");
            if (File.Exists(Path.Combine(schemas, "bom-1.6.schema.json")))
            {
                return schemas;
            }
        }

        return null;
    }
}
