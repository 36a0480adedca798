namespace Bulwark.Scanners.Packages.Severity;

/// <summary>One metric a CVSS version defines, as it appears in a vector string (<c>AV:N</c>).</summary>
/// <param name="Key">The abbreviation written in the vector: <c>AV</c>.</param>
/// <param name="Name">The specification's name, for messages: <c>Attack Vector</c>.</param>
/// <param name="Required">True for base metrics, which every vector must carry.</param>
/// <param name="Values">The values the specification allows, in its order (<c>X</c> included where it is one).</param>
internal sealed record CvssMetric(string Key, string Name, bool Required, IReadOnlyList<string> Values)
{
    /// <summary>A base metric: the vector must carry it.</summary>
    public static CvssMetric Base(string key, string name, params string[] values) => new(key, name, true, values);

    /// <summary>An optional (temporal, threat, environmental or supplemental) metric.</summary>
    public static CvssMetric Optional(string key, string name, params string[] values) => new(key, name, false, values);
}
