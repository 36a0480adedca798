namespace Bulwark.Scanners.Packages.Matching;

/// <summary>Whether a version is affected, and how to get out.</summary>
/// <param name="Affected">True when the version is affected.</param>
/// <param name="FixedIn">The fixed versions that apply to it (the next fix in each range it falls in); empty when there is none yet.</param>
/// <param name="Undecidable">True when some range could not be evaluated for this version (its versions cannot be ordered), and none said affected.</param>
public sealed record RangeVerdict(bool Affected, IReadOnlyList<string> FixedIn, bool Undecidable);
