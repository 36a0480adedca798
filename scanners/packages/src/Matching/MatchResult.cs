using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Matching;

/// <summary>The outcome of matching.</summary>
/// <param name="Matches">Every vulnerability found, by file, line and id.</param>
/// <param name="Unchecked">Packages that could not be checked, with why.</param>
public sealed record MatchResult(IReadOnlyList<VulnerabilityMatch> Matches, IReadOnlyList<(Package Package, string Reason)> Unchecked);
