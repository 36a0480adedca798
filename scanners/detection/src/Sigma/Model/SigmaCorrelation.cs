namespace Bulwark.Scanners.Detection.Sigma.Model;

/// <summary>
/// A Sigma correlation (meta) rule: it links other rules' matches by count or time (correlation rules specification
/// v2). Only the model is read here; evaluating it over a stream of matches is the engine's job.
/// </summary>
internal sealed record SigmaCorrelation
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public required string Title { get; init; }

    public string? Status { get; init; }

    public string? Level { get; init; }

    public string? Description { get; init; }

    public string? Author { get; init; }

    public IReadOnlyList<string> References { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<string> FalsePositives { get; init; } = [];

    public string? Date { get; init; }

    public string? Modified { get; init; }

    public required CorrelationType Type { get; init; }

    /// <summary>The ids or names of the rules (or correlations) it links, in order (the order matters for temporal_ordered).</summary>
    public required IReadOnlyList<string> Rules { get; init; }

    /// <summary>Fields (or aliases) whose values must be equal among linked events; empty for one group.</summary>
    public IReadOnlyList<string> GroupBy { get; init; } = [];

    public required TimeSpan Timespan { get; init; }

    public required CorrelationCondition Condition { get; init; }

    /// <summary>Alias name → (rule name → that rule's field), usable in <see cref="GroupBy"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Aliases { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Whether the referred rules also report on their own (<c>generate: true</c>); by default they do not.</summary>
    public bool Generate { get; init; }

    public required string Where { get; init; }

    public string Label => Id ?? $"'{Title}'";
}
