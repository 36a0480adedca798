namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>
/// A YAML node that remembers its line: for a mapping's value, the line of its key (where a pnpm-lock
/// entry starts). Mappings keep their keys in order; only scalar keys are kept.
/// </summary>
internal sealed class YamlTreeNode
{
    /// <summary>True for a mapping.</summary>
    public bool IsMap { get; init; }

    /// <summary>True for a sequence.</summary>
    public bool IsSequence { get; init; }

    /// <summary>The 1-based line of the key (for a mapping's value) or of the node itself.</summary>
    public required int Line { get; init; }

    /// <summary>A scalar's text (empty for collections and aliases).</summary>
    public string Text { get; init; } = "";

    /// <summary>A mapping's entries in file order.</summary>
    public List<KeyValuePair<string, YamlTreeNode>> Entries { get; } = [];

    /// <summary>A sequence's items.</summary>
    public List<YamlTreeNode> Items { get; } = [];

    /// <summary>The value of key <paramref name="key"/> in a mapping, or null.</summary>
    public YamlTreeNode? this[string key] => Entries.FirstOrDefault(e => e.Key == key).Value;

    /// <summary>The text of scalar key <paramref name="key"/>, or null when absent or not a scalar.</summary>
    public string? Scalar(string key) => this[key] is { IsMap: false, IsSequence: false } value ? value.Text : null;

    /// <summary>The entries of mapping key <paramref name="key"/>, or none.</summary>
    public IEnumerable<KeyValuePair<string, YamlTreeNode>> Map(string key) => this[key] is { IsMap: true } map ? map.Entries : [];
}
