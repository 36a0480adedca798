namespace Bulwark.Engine.Config;

/// <summary>
/// A suppression written in <c>bulwark.yaml</c>: by fingerprint, or by rule and/or path glob (for a folder of
/// test fixtures, say). The reason is mandatory; after <see cref="Expires"/> it stops applying.
/// </summary>
public sealed record ConfigSuppression
{
    /// <summary>The fingerprint it names, if it names one.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>The rule id it is limited to, if any.</summary>
    public string? RuleId { get; init; }

    /// <summary>The path glob it is limited to, if any.</summary>
    public string? Path { get; init; }

    /// <summary>Why the findings are accepted.</summary>
    public required string Reason { get; init; }

    /// <summary>The last day it applies, if it expires.</summary>
    public DateOnly? Expires { get; init; }

    /// <summary>Where it is written (<c>bulwark.yaml:20</c>).</summary>
    public required string Source { get; init; }
}
