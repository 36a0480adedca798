namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// How one ecosystem orders its versions. Parsing happens once per version string; the parsed values of one
/// scheme compare with each other (<see cref="IComparable"/>), which is what range matching does millions of
/// times.
/// </summary>
public interface IVersionScheme
{
    /// <summary>The scheme's name: <c>semver</c>, <c>pep440</c>, <c>maven</c>, <c>dpkg</c>…</summary>
    string Name { get; }

    /// <summary>The version parsed for comparison, or null when <paramref name="text"/> is not a version in this scheme.</summary>
    IComparable? Parse(string text);
}
