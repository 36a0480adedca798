namespace Bulwark.Sdk;

/// <summary>What a scanner is: id, version, what it does and which settings it reads.</summary>
/// <param name="Id">The id users select it by (<c>--scanners secrets</c>).</param>
/// <param name="Version">Bumped whenever its output can change, which invalidates caches and baselines.</param>
/// <param name="Summary">One sentence for <c>--help</c> and reports.</param>
public sealed record ScannerInfo(string Id, string Version, string Summary)
{
    /// <summary>The settings this scanner reads, each keyed <c>&lt;id&gt;.&lt;name&gt;</c>.</summary>
    public IReadOnlyList<SettingInfo> Settings { get; init; } = [];

    /// <summary>
    /// Rule ids the scanner reports beyond its catalogue, as a regular expression matched against the whole id:
    /// ids that come from data looked up during the scan (advisory ids such as <c>GHSA-…</c>, <c>CVE-…</c>). Config
    /// naming such an id (a suppression, a severity override) is accepted without the rule being listed.
    /// </summary>
    public string? DynamicRuleIds { get; init; }
}
