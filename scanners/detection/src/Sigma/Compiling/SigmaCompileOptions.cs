namespace Bulwark.Scanners.Detection.Sigma.Compiling;

/// <summary>What compiling needs beyond the rules themselves.</summary>
internal sealed record SigmaCompileOptions
{
    public static SigmaCompileOptions Default { get; } = new();

    /// <summary>
    /// Values for <c>%name%</c> placeholders under <c>expand</c>, by name without the percent signs; each value is
    /// a Sigma string (wildcards allowed) and several are linked with OR. A rule using a placeholder missing here is
    /// refused.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Placeholders { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
