namespace Bulwark.Scanners.Packages.Versions;

/// <summary>PEP 440 versions, the order of PyPI (see <see cref="Pep440Parser"/> and <see cref="Pep440Version"/>).</summary>
public sealed class Pep440Scheme : IVersionScheme
{
    /// <inheritdoc/>
    public string Name => "pep440";

    /// <inheritdoc/>
    public IComparable? Parse(string text) => Pep440Parser.Parse(text);
}
