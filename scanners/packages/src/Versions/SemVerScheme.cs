namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// SemVer 2.0.0 (semver.org), the order of npm and crates.io and of OSV's <c>SEMVER</c> range type. OSV writes
/// these versions without a leading <c>v</c>; one is accepted anyway because lockfiles and Go advisories carry it.
/// </summary>
public sealed class SemVerScheme : IVersionScheme
{
    /// <inheritdoc/>
    public string Name => "semver";

    /// <inheritdoc/>
    public IComparable? Parse(string text)
    {
        var start = text.Length > 0 && text[0] is 'v' or 'V' ? 1 : 0;
        return SemanticVersion.Parse(text, start, allowShorthand: false);
    }
}
