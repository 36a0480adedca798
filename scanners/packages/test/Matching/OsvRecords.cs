using Bulwark.Scanners.Packages.Osv;
using Bulwark.Scanners.Packages.Versions;

namespace Bulwark.Scanners.Packages.Tests.Matching;

/// <summary>Builds OSV records for tests from the JSON an advisory database would publish.</summary>
internal static class OsvRecords
{
    /// <summary>The advisory in <paramref name="json"/>; fails the test when it is refused.</summary>
    public static OsvAdvisory Advisory(string json)
    {
        var (advisory, problem) = OsvReader.Read(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.True(advisory is not null, problem);
        return advisory!;
    }

    /// <summary>An affected entry with one range of <paramref name="type"/> built from <c>kind:version</c> events.</summary>
    public static OsvAffected Range(string ecosystem, string type, params string[] events) => new()
    {
        Ecosystem = ecosystem,
        Name = "pkg",
        Ranges = [new OsvRange(type, [.. events.Select(Event)])],
    };

    /// <summary>An event from <c>kind:version</c> (<c>introduced:0</c>, <c>fixed:1.0.2</c>).</summary>
    public static OsvEvent Event(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return new OsvEvent(text[..colon], text[(colon + 1)..]);
    }

    /// <summary>True when <paramref name="version"/> is affected by <paramref name="affected"/> in the ecosystem's scheme.</summary>
    public static bool Affects(OsvAffected affected, string version) =>
        Bulwark.Scanners.Packages.Matching.RangeEvaluator.Evaluate(version, affected, VersionSchemes.For(affected.Ecosystem)).Affected;
}
