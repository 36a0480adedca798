namespace Bulwark.Scanners.Packages.Versions;

/// <summary>NuGet package versions (see <see cref="NuGetVersion"/> for the rules).</summary>
public sealed class NuGetScheme : IVersionScheme
{
    /// <inheritdoc/>
    public string Name => "nuget";

    /// <inheritdoc/>
    public IComparable? Parse(string text) => NuGetVersion.Parse(text);
}
