namespace Bulwark.Scanners.Iac.Scanning;

/// <summary>One configuration file as the scanner received it.</summary>
/// <param name="Path">The path relative to the scan root.</param>
/// <param name="Text">The content.</param>
/// <param name="Origin">The commit or layer it came from, when not the working tree (files of different origins are never mixed in one module).</param>
public sealed record IacInput(string Path, string Text, Bulwark.Sdk.Origin? Origin = null)
{
    /// <summary>The folder of the file, forward slashes, empty at the root.</summary>
    public string Folder => Path.Contains('/', StringComparison.Ordinal) ? Path[..Path.LastIndexOf('/')] : "";

    /// <summary>Whether the file belongs to Terraform (evaluated per module folder, not alone).</summary>
    public bool IsTerraform => Path.EndsWith(".tf", StringComparison.Ordinal) || Path.EndsWith(".tfvars", StringComparison.Ordinal) || Path.EndsWith(".tf.json", StringComparison.Ordinal) || Path.EndsWith(".tfvars.json", StringComparison.Ordinal);
}
