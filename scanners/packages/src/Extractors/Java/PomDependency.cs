namespace Bulwark.Scanners.Packages.Extractors.Java;

/// <summary>One <c>&lt;dependency&gt;</c> of a POM, as written (properties not yet substituted).</summary>
/// <param name="GroupId">The groupId, or null when missing.</param>
/// <param name="ArtifactId">The artifactId, or null when missing.</param>
/// <param name="Version">The version, or null when the POM gives none here.</param>
/// <param name="Scope">The scope (<c>compile</c>, <c>test</c>, <c>import</c>…), or null.</param>
/// <param name="Line">The 1-based line of the <c>&lt;dependency&gt;</c> element.</param>
/// <param name="Column">The 1-based column of the element.</param>
/// <param name="Profile">The id of the profile that declares it, or null for the project's own dependencies.</param>
internal sealed record PomDependency(string? GroupId, string? ArtifactId, string? Version, string? Scope, int Line, int Column, string? Profile);
