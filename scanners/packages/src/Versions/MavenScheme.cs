namespace Bulwark.Scanners.Packages.Versions;

/// <summary>Maven artifact versions (see <see cref="MavenVersion"/> for the rules).</summary>
public sealed class MavenScheme : IVersionScheme
{
    /// <inheritdoc/>
    public string Name => "maven";

    /// <inheritdoc/>
    public IComparable? Parse(string text) => MavenVersion.Parse(text);
}
