using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Policy;

/// <summary>A definite violation: where it is and what was found there.</summary>
/// <param name="Range">The attribute (or, for something missing, the object or resource) to point at.</param>
/// <param name="Detail">What was found, for the message: <c>acl is "public-read"</c>, <c>encryption is not set</c>.</param>
/// <param name="Origin">Where the value came from when not written at the range (a variable default), or null.</param>
public sealed record Hit(SourceRange Range, string Detail, string? Origin = null);

/// <summary>
/// What a condition found in one scope: definite violations, and whether anything it needed was unknown.
/// Unknown is not a violation: a rule reports only what it can show.
/// </summary>
/// <param name="Hits">The violations.</param>
/// <param name="Unknown">True when some value the condition needed could not be known.</param>
public sealed record Outcome(IReadOnlyList<Hit> Hits, bool Unknown)
{
    /// <summary>Nothing found, nothing unknown: the condition definitely does not hold.</summary>
    public static Outcome Clear { get; } = new([], false);

    /// <summary>Nothing found because something was unknown.</summary>
    public static Outcome Undecided { get; } = new([], true);

    /// <summary>True when there is at least one violation.</summary>
    public bool Violated => Hits.Count > 0;

    /// <summary>True when the condition definitely does not hold.</summary>
    public bool DefinitelyClear => Hits.Count == 0 && !Unknown;
}
