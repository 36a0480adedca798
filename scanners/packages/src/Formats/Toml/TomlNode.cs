namespace Bulwark.Scanners.Packages.Formats.Toml;

/// <summary>
/// A TOML value that remembers its line: a table's header line, a key/value's key line, an array item's
/// own line. Enough of TOML for lockfiles; see <see cref="TomlReader"/>.
/// </summary>
internal sealed class TomlNode
{
    /// <summary>Which TOML shape this is.</summary>
    public required TomlNodeKind Kind { get; init; }

    /// <summary>The 1-based line.</summary>
    public required int Line { get; init; }

    /// <summary>A string's text, or the raw text of a number, boolean or date.</summary>
    public string Text { get; init; } = "";

    /// <summary>A table's keys in file order.</summary>
    public List<KeyValuePair<string, TomlNode>> Entries { get; } = [];

    /// <summary>An array's items.</summary>
    public List<TomlNode> Items { get; } = [];

    /// <summary>The value of key <paramref name="key"/> in a table, or null.</summary>
    public TomlNode? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Key == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }

    /// <summary>The text of string key <paramref name="key"/>, or null when absent or not a string.</summary>
    public string? String(string key) => this[key] is { Kind: TomlNodeKind.String } value ? value.Text : null;

    /// <summary>The tables of key <paramref name="key"/> when it is an array of tables (or inline tables), else none.</summary>
    public IEnumerable<TomlNode> Tables(string key) =>
        this[key] is { Kind: TomlNodeKind.Array } array ? array.Items.Where(i => i.Kind == TomlNodeKind.Table) : [];
}
