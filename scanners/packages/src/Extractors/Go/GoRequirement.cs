namespace Bulwark.Scanners.Packages.Extractors.Go;

/// <summary>One <c>require</c> entry of a go.mod file.</summary>
/// <param name="Path">The module path.</param>
/// <param name="Version">The required version as written (<c>v1.2.3</c>, a pseudo-version, <c>+incompatible</c>).</param>
/// <param name="Indirect">True when marked <c>// indirect</c>.</param>
/// <param name="Line">The 1-based line of the entry.</param>
internal sealed record GoRequirement(string Path, string Version, bool Indirect, int Line);
