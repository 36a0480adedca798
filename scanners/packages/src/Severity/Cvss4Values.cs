namespace Bulwark.Scanners.Packages.Severity;

/// <summary>
/// The values a CVSS v4.0 score is computed from. For CVSS-B only base metrics count and the others take the
/// values the specification assumes when they are absent (E:A, CR/IR/AR:H); for the score of the vector as
/// written, a modified metric (MAV) replaces its base metric (AV) and X means "as if absent".
/// </summary>
internal sealed class Cvss4Values
{
    private readonly IReadOnlyDictionary<string, string> metrics;
    private readonly bool baseOnly;

    /// <summary>Values over a parsed vector.</summary>
    /// <param name="metrics">The vector's metrics by key.</param>
    /// <param name="baseOnly">True for CVSS-B: ignore threat and environmental metrics.</param>
    public Cvss4Values(IReadOnlyDictionary<string, string> metrics, bool baseOnly)
    {
        this.metrics = metrics;
        this.baseOnly = baseOnly;
    }

    /// <summary>The value scoring uses for <paramref name="key"/> (a base metric, E, CR, IR or AR).</summary>
    public string this[string key] => key switch
    {
        "E" => Given(key) ?? "A",
        "CR" or "IR" or "AR" => Given(key) ?? "H",
        _ => Given("M" + key) ?? metrics[key],
    };

    private string? Given(string key) =>
        !baseOnly && metrics.TryGetValue(key, out var value) && value != "X" ? value : null;
}
