namespace Bulwark.Sdk;

/// <summary>What a scanner is: id, version, what it does and which settings it reads.</summary>
/// <param name="Id">The id users select it by (<c>--scanners secrets</c>).</param>
/// <param name="Version">Bumped whenever its output can change, which invalidates caches and baselines.</param>
/// <param name="Summary">One sentence for <c>--help</c> and reports.</param>
public sealed record ScannerInfo(string Id, string Version, string Summary)
{
    /// <summary>The settings this scanner reads, each keyed <c>&lt;id&gt;.&lt;name&gt;</c>.</summary>
    public IReadOnlyList<SettingInfo> Settings { get; init; } = [];
}
