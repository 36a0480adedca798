namespace Bulwark.Scanners.Detection.Pipelines;

/// <summary>A log source as Sigma names it: product, category and service, each optional and lower case.</summary>
internal sealed record LogSourceKey(string? Product, string? Category, string? Service)
{
    public override string ToString() =>
        string.Join("/", new[] { Product, Category, Service }.Where(p => p is not null)) is { Length: > 0 } text ? text : "(any)";
}
