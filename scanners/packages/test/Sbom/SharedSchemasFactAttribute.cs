namespace Bulwark.Scanners.Packages.Tests.Sbom;

/// <summary>
/// A fact that validates against the official schemas in <c>../shared/schemas</c>. xunit 2 has no dynamic skip,
/// so the attribute skips the test itself, with the reason in the test output, when the folder is missing.
/// </summary>
public sealed class SharedSchemasFactAttribute : FactAttribute
{
    /// <summary>Skips when the shared schemas are not found above the test binaries.</summary>
    public SharedSchemasFactAttribute()
    {
        if (SharedSchemas.Folder is null)
        {
            Skip = $"the shared schemas (../shared/schemas/bom-1.6.schema.json) were not found above {AppContext.BaseDirectory}";
        }
    }
}
