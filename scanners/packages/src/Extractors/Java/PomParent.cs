namespace Bulwark.Scanners.Packages.Extractors.Java;

/// <summary>The <c>&lt;parent&gt;</c> of a POM.</summary>
/// <param name="GroupId">The parent's groupId.</param>
/// <param name="ArtifactId">The parent's artifactId.</param>
/// <param name="Version">The parent's version.</param>
/// <param name="RelativePath">Where the parent POM is, relative to this one: <c>../pom.xml</c> unless written; empty when written empty (the parent is only in a repository).</param>
internal sealed record PomParent(string? GroupId, string? ArtifactId, string? Version, string RelativePath)
{
    /// <summary>The parent's coordinates for messages: <c>groupId:artifactId:version</c>.</summary>
    public string Coordinates => $"{GroupId}:{ArtifactId}:{Version}";
}
