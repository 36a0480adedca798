namespace Bulwark.Scanners.Packages.Versions;

/// <summary>Alpine package versions, ordered as apk-tools orders them (see <see cref="ApkVersion"/>).</summary>
public sealed class ApkScheme : IVersionScheme
{
    /// <inheritdoc/>
    public string Name => "apk";

    /// <inheritdoc/>
    public IComparable? Parse(string text) => ApkVersion.Parse(text);
}
