using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Config;

/// <summary>
/// <c>keyvalue</c>: <c>KEY VALUE</c> separated by whitespace, whole-line <c>#</c> comments, keys matched exactly
/// (case-sensitive), the last value wins. A key alone on its line has an empty value.
/// </summary>
public sealed class KeyValueSyntax : IConfigSyntax
{
    /// <inheritdoc/>
    public string Name => "keyvalue";

    /// <inheritdoc/>
    public ConfigRead Read(IHostFiles files, string path) => FlatConfig.Read(files, path, "#", FlatConfig.SplitWhitespace);

    /// <inheritdoc/>
    public ConfigEntry? Effective(IReadOnlyList<ConfigEntry> entries, string key) => FlatConfig.Last(entries, key);
}
