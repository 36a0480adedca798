namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>
/// A package URL split into its parts, each percent-decoded: <c>pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1</c>
/// has type <c>maven</c>, namespace <c>org.apache.logging.log4j</c>, name <c>log4j-core</c>, version <c>2.17.1</c>.
/// </summary>
public sealed record PackageUrl
{
    /// <summary>The package type, lower case: <c>npm</c>, <c>maven</c>, <c>deb</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The namespace segments joined by <c>/</c> (<c>@babel</c>, <c>github.com/gin-gonic</c>, <c>debian</c>), or null.</summary>
    public string? Namespace { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The version, or null when the purl names every version.</summary>
    public string? Version { get; init; }

    /// <summary>The qualifiers by lower-case key (<c>arch</c>, <c>distro</c>, <c>epoch</c>); empty values are dropped, as the spec says.</summary>
    public IReadOnlyDictionary<string, string> Qualifiers { get; init; } = new Dictionary<string, string>();

    /// <summary>The subpath after <c>#</c>, or null.</summary>
    public string? Subpath { get; init; }
}
