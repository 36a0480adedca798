namespace Bulwark.Scanners.Packages.Versions;

/// <summary>Composer package versions, the order of Packagist (see <see cref="ComposerVersion"/>).</summary>
public sealed class ComposerScheme : IVersionScheme
{
    /// <inheritdoc/>
    public string Name => "composer";

    /// <inheritdoc/>
    public IComparable? Parse(string text) => ComposerVersion.Parse(text);
}
