namespace Bulwark.Scanners.Iac.Model;

/// <summary>The platforms the scanner reads; rule files name one of these.</summary>
public static class IacPlatform
{
    /// <summary>Terraform (HCL) configurations.</summary>
    public const string Terraform = "terraform";

    /// <summary>AWS CloudFormation templates (YAML or JSON).</summary>
    public const string CloudFormation = "cloudformation";

    /// <summary>Kubernetes manifests.</summary>
    public const string Kubernetes = "kubernetes";

    /// <summary>Dockerfiles.</summary>
    public const string Dockerfile = "dockerfile";

    /// <summary>Docker Compose files.</summary>
    public const string Compose = "compose";

    /// <summary>Ansible playbooks, roles and task files.</summary>
    public const string Ansible = "ansible";

    /// <summary>Every platform.</summary>
    public static IReadOnlyList<string> All { get; } = [Ansible, CloudFormation, Compose, Dockerfile, Kubernetes, Terraform];
}
