using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Config;

/// <summary>
/// <c>equals</c>: <c>key = value</c> or <c>key=value</c> (pwquality.conf, faillock.conf, journald.conf read without its
/// sections). Whole-line <c>#</c> and <c>;</c> comments; <c>[Section]</c> lines are ignored; a word alone is a flag
/// with an empty value (<c>enforce_for_root</c>); keys are case-sensitive; the last value wins. The entry from
/// <see cref="Effective"/> has surrounding quotes removed from its value (the entries keep them as written).
/// </summary>
public sealed class EqualsSyntax : IConfigSyntax
{
    /// <inheritdoc/>
    public string Name => "equals";

    /// <inheritdoc/>
    public ConfigRead Read(IHostFiles files, string path) => FlatConfig.Read(files, path, "#;[", FlatConfig.SplitEquals);

    /// <inheritdoc/>
    public ConfigEntry? Effective(IReadOnlyList<ConfigEntry> entries, string key) =>
        FlatConfig.Last(entries, key) is { } entry ? entry with { Value = ConfigText.Unquote(entry.Value) } : null;
}
