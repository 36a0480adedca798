namespace Bulwark.Scanners.Detection.Sigma.Model;

/// <summary>The log a rule is written for; any part may be absent. Values are lower case by the specification.</summary>
internal sealed record SigmaLogSource(string? Product, string? Category, string? Service, string? Definition = null)
{
    public override string ToString() =>
        string.Join("/", new[] { Product, Category, Service }.Where(p => p is not null)) is { Length: > 0 } text ? text : "any";
}
