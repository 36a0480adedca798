namespace Bulwark.Scanners.Detection.Pipelines;

/// <summary>
/// The field-mapping pipeline: for each log source a rule may name, the parsers' events it covers. A rule's log source
/// takes the entries that name exactly its category and service (and its product, or none); when a rule names only a
/// product, the product's own entry; a log source no entry covers cannot be evaluated, which the loader reports.
/// </summary>
internal sealed class Pipeline(IReadOnlyList<(LogSourceKey Source, IReadOnlyList<SourceBinding> Bindings)> entries)
{
    public IReadOnlyList<(LogSourceKey Source, IReadOnlyList<SourceBinding> Bindings)> Entries { get; } = entries;

    /// <summary>The bindings for a rule's log source; empty when nothing covers it.</summary>
    public IReadOnlyList<SourceBinding> For(LogSourceKey rule) =>
        [.. Entries.Where(e => Covers(e.Source, rule)).SelectMany(e => e.Bindings)];

    /// <summary>This pipeline followed by <paramref name="more"/>'s entries (a user's file adds to the built-in one).</summary>
    public Pipeline With(Pipeline more) => new([.. Entries, .. more.Entries]);

    private static bool Covers(LogSourceKey entry, LogSourceKey rule) =>
        Same(entry.Category, rule.Category) && Same(entry.Service, rule.Service)
        && (entry.Product is null || rule.Product is null || Same(entry.Product, rule.Product));

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
