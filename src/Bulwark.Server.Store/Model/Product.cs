namespace Bulwark.Server.Store.Model;

/// <summary>What scans are about: a repository, a host, an image; findings belong to one.</summary>
internal sealed class Product
{
    public long Id { get; set; }

    /// <summary>Unique name (<c>payments-api</c>, <c>web-3.example.org</c>).</summary>
    public required string Name { get; set; }

    /// <summary><c>repository</c>, <c>host</c>, <c>image</c> or <c>other</c>.</summary>
    public required string Kind { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
