namespace Bulwark.Scanners.Detection.Parsing.Json;

/// <summary>
/// How to read a JSON-lines log whose schema the caller knows: source fields to rename (by their flattened
/// <c>a.b.c</c> names), and which field holds the time and which the host (source names, before renaming). Without
/// a time or host field the usual names are tried in order.
/// </summary>
internal sealed record JsonFieldMapping
{
    public static JsonFieldMapping Default { get; } = new();

    /// <summary>Flattened source name → the field name events carry.</summary>
    public IReadOnlyDictionary<string, string> Renames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The field holding the time; null tries <c>@timestamp</c>, <c>timestamp</c>, <c>time</c>, <c>ts</c>.</summary>
    public string? TimeField { get; init; }

    /// <summary>The field holding the host; null tries <c>host.name</c>, <c>hostname</c>, <c>host</c>.</summary>
    public string? HostField { get; init; }

    public IReadOnlyList<string> TimeFields => TimeField is null ? ["@timestamp", "timestamp", "time", "ts"] : [TimeField];

    public IReadOnlyList<string> HostFields => HostField is null ? ["host.name", "hostname", "host"] : [HostField];

    public string Rename(string name) => Renames.TryGetValue(name, out var renamed) ? renamed : name;
}
