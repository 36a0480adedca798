namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>One line of a yarn.lock (either flavour): a key with a value, or a key heading a nested block.</summary>
internal sealed class YarnNode
{
    /// <summary>The key as written, quotes and all (an entry header may hold several quoted selectors).</summary>
    public required string RawKey { get; init; }

    /// <summary>The key without its quotes.</summary>
    public required string Key { get; init; }

    /// <summary>The 1-based line.</summary>
    public required int Line { get; init; }

    /// <summary>The value, unquoted; null for a block.</summary>
    public string? Value { get; init; }

    /// <summary>The nested lines of a block.</summary>
    public List<YarnNode> Children { get; } = [];

    /// <summary>The value of child <paramref name="key"/>, or null.</summary>
    public string? ValueOf(string key) => Children.FirstOrDefault(c => c.Key == key)?.Value;

    /// <summary>The key/value children of block child <paramref name="key"/> (a dependency map), or none.</summary>
    public IEnumerable<YarnNode> Block(string key) =>
        Children.FirstOrDefault(c => c.Key == key && c.Value is null)?.Children.Where(c => c.Value is not null) ?? [];

    /// <summary>
    /// The selectors of an entry header: <c>"a@^1", "a@^2"</c> (yarn 1 quotes each) and
    /// <c>"a@npm:^1, a@npm:^2"</c> (yarn 2+ quotes the list) both give <c>a@^1</c>-style strings.
    /// </summary>
    public IReadOnlyList<string> Selectors()
    {
        var selectors = new List<string>();
        foreach (var part in SplitOutsideQuotes(RawKey))
        {
            var text = part.Trim();
            if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
            {
                text = YarnLockLines.Unquote(text) ?? text;
            }

            selectors.AddRange(text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        return selectors;
    }

    private static IEnumerable<string> SplitOutsideQuotes(string text)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && quoted)
            {
                i++;
            }
            else if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == ',' && !quoted)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }
}
