namespace Bulwark.Scanners.Iac.Model;

/// <summary>
/// One thing a configuration declares, as rules see it: a Terraform resource, a CloudFormation resource, a
/// Kubernetes object (and, for workloads, its normalised pod spec), a Dockerfile, a Compose service, an
/// Ansible task. Its attributes are a value tree with positions.
/// </summary>
public sealed record IacResource
{
    /// <summary>Which platform it comes from (<see cref="IacPlatform"/>).</summary>
    public required string Platform { get; init; }

    /// <summary>Its type: <c>aws_s3_bucket</c>, <c>AWS::S3::Bucket</c>, <c>Deployment</c>, <c>PodSpec</c>, <c>dockerfile</c>, <c>compose_service</c>, <c>ansible_task</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Its name within its type: <c>logs</c>, <c>LogBucket</c>, <c>web</c>.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// How reports name it: <c>aws_s3_bucket.logs</c>, <c>module.net.aws_security_group.ssh[0]</c>,
    /// <c>Deployment/web</c>, <c>LogBucket</c> (a CloudFormation logical id), <c>service web</c>.
    /// </summary>
    public required string Address { get; init; }

    /// <summary>The file it is declared in, relative to the scan root.</summary>
    public required string File { get; init; }

    /// <summary>Where the declaration is written (the whole block or document).</summary>
    public required SourceRange Range { get; init; }

    /// <summary>Its attributes.</summary>
    public required IacObject Attributes { get; init; }

    /// <summary>For a resource inside a module: where the module is called (<c>main.tf:12 module.net</c>); else null.</summary>
    public string? CallSite { get; init; }

    /// <summary>
    /// The group the resource belongs to for cross-resource rules that stay within one: a Kubernetes object's
    /// namespace (<c>default</c> when unset); null elsewhere.
    /// </summary>
    public string? Namespace { get; init; }

    /// <summary>Suppression comments written on the declaration as a whole (before or on its first line).</summary>
    public IReadOnlyList<IacSuppression> Suppressions { get; init; } = [];
}
