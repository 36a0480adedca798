using Bulwark.Scanners.Packages.Versions;

namespace Bulwark.Scanners.Packages.Matching;

/// <summary>
/// The order of OSV <c>SEMVER</c> ranges as published rather than as specified: SemVer 2.0.0, plus the shorthands
/// <c>1</c> and <c>0.1</c> for <c>1.0.0</c> and <c>0.1.0</c>. GHSA writes such events (<c>"introduced": "0.1"</c> for the
/// <c>time</c> crate); refusing them would leave the range undecidable and the package silently unmatched.
/// </summary>
internal sealed class LenientSemVerScheme : IVersionScheme
{
    /// <summary>The one instance.</summary>
    public static LenientSemVerScheme Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "semver";

    /// <inheritdoc/>
    public IComparable? Parse(string text) =>
        VersionSchemes.SemVer.Parse(text) ?? SemanticVersion.Parse(text, text.Length > 0 && text[0] is 'v' or 'V' ? 1 : 0, allowShorthand: true);
}
