namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>One paragraph of a Debian control-style file: its fields (names compared case-insensitively, as deb822 says) and where it starts.</summary>
/// <param name="Line">The 1-based line of its first field.</param>
/// <param name="Fields">Field values; continuation lines are joined with newlines.</param>
internal sealed record Deb822Stanza(int Line, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>A field's value with surrounding whitespace removed, or null when absent or empty.</summary>
    public string? this[string name] => Fields.TryGetValue(name, out var value) && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;
}
