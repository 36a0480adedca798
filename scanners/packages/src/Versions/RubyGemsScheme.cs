namespace Bulwark.Scanners.Packages.Versions;

/// <summary>RubyGems versions (see <see cref="GemVersion"/> for the rules).</summary>
public sealed class RubyGemsScheme : IVersionScheme
{
    /// <inheritdoc/>
    public string Name => "rubygems";

    /// <inheritdoc/>
    public IComparable? Parse(string text) => GemVersion.Parse(text);
}
