namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// Go module versions, as golang.org/x/mod/semver orders them: SemVer with a required <c>v</c>, where <c>v1</c>
/// and <c>v1.2</c> are shorthands for <c>v1.0.0</c> and <c>v1.2.0</c>. Pseudo-versions need no special case: each of
/// their three forms (<c>v0.0.0-20191109021931-daa7c04131f5</c>, <c>vX.Y.(Z+1)-0.yyyymmddhhmmss-hash</c>,
/// <c>vX.Y.Z-pre.0.yyyymmddhhmmss-hash</c>) is a pre-release whose timestamp identifier orders them in time, and
/// <c>+incompatible</c> is build metadata, which never affects order.
/// </summary>
/// <remarks>
/// OSV's Go advisories use the <c>SEMVER</c> range type and write versions without the <c>v</c>; those parse with
/// <see cref="VersionSchemes.SemVer"/>, which orders them the same way.
/// </remarks>
public sealed class GoScheme : IVersionScheme
{
    /// <inheritdoc/>
    public string Name => "go";

    /// <inheritdoc/>
    public IComparable? Parse(string text) =>
        text.Length > 1 && text[0] == 'v' ? SemanticVersion.Parse(text, 1, allowShorthand: true) : null;
}
