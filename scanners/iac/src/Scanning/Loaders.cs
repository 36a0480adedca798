using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Scanning;

/// <summary>
/// The one list of loaders, in the order files are offered to them: file names first (Dockerfile, Compose),
/// then content (CloudFormation before Kubernetes before Ansible, since each is a narrower shape of YAML).
/// </summary>
public static class Loaders
{
    /// <summary>The single-file loaders, in recognition order.</summary>
    public static IReadOnlyList<FileLoader> Files { get; } =
    [
        new(IacPlatform.Dockerfile, Dockerfile.DockerfileLoader.Recognises, Dockerfile.DockerfileLoader.Load),
        new(IacPlatform.Compose, Compose.ComposeLoader.Recognises, Compose.ComposeLoader.Load),
        new(IacPlatform.CloudFormation, CloudFormation.CloudFormationLoader.Recognises, CloudFormation.CloudFormationLoader.Load),
        new(IacPlatform.Kubernetes, Kubernetes.KubernetesLoader.Recognises, Kubernetes.KubernetesLoader.Load),
        new(IacPlatform.Ansible, Ansible.AnsibleLoader.Recognises, Ansible.AnsibleLoader.Load),
    ];

    /// <summary>Whether a path could be a configuration file of some platform (cheap, by name).</summary>
    public static bool MightBeConfiguration(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.EndsWith(".tf", StringComparison.Ordinal) || name.EndsWith(".tfvars", StringComparison.Ordinal)
            || name.EndsWith(".tf.json", StringComparison.Ordinal) || name.EndsWith(".tfvars.json", StringComparison.Ordinal)
            || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".template", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Dockerfile", StringComparison.Ordinal) || name.StartsWith("Containerfile", StringComparison.Ordinal)
            || name.EndsWith(".dockerfile", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".Dockerfile", StringComparison.Ordinal);
    }

    /// <summary>The document of a non-Terraform file, or null when no loader recognises it.</summary>
    public static IacDocument? LoadFile(IacInput input)
    {
        foreach (var loader in Files)
        {
            if (loader.Recognises(input.Path, input.Text))
            {
                return loader.Load(input.Path, input.Text);
            }
        }

        return null;
    }

    /// <summary>The documents of the Terraform files (one per evaluated module instance).</summary>
    public static IReadOnlyList<IacDocument> LoadTerraform(IReadOnlyList<IacInput> files) => Hcl.Terraform.TerraformProject.Load(files);
}
