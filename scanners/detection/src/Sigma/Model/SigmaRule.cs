namespace Bulwark.Scanners.Detection.Sigma.Model;

/// <summary>
/// One Sigma detection rule as its file states it (https://github.com/SigmaHQ/sigma-specification, rules v2): metadata,
/// the log source it is written for, and its detection. Matching is done by a <c>CompiledRule</c> made from it.
/// </summary>
internal sealed record SigmaRule
{
    /// <summary>The rule's id (a UUID in SigmaHQ rules); null when the rule has none.</summary>
    public string? Id { get; init; }

    /// <summary>The optional unique human-readable name correlation rules may refer to it by.</summary>
    public string? Name { get; init; }

    public required string Title { get; init; }

    /// <summary>stable, test, experimental, deprecated or unsupported; null when absent.</summary>
    public string? Status { get; init; }

    /// <summary>informational, low, medium, high or critical; null when absent.</summary>
    public string? Level { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> References { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Author { get; init; }

    public string? Date { get; init; }

    public string? Modified { get; init; }

    public required SigmaLogSource LogSource { get; init; }

    public required SigmaDetection Detection { get; init; }

    public IReadOnlyList<string> FalsePositives { get; init; } = [];

    /// <summary>Fields the rule suggests showing to an analyst.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    /// <summary><c>file:line</c> where the rule's document starts.</summary>
    public required string Where { get; init; }

    /// <summary>How messages name the rule: its id, else its title.</summary>
    public string Label => Id ?? $"'{Title}'";
}
