namespace Bulwark.Scanners.Packages.Versions;

/// <summary>Debian and Ubuntu package versions, ordered as dpkg orders them (see <see cref="DpkgVersion"/>).</summary>
public sealed class DpkgScheme : IVersionScheme
{
    /// <inheritdoc/>
    public string Name => "dpkg";

    /// <inheritdoc/>
    public IComparable? Parse(string text) => DpkgVersion.Parse(text);
}
