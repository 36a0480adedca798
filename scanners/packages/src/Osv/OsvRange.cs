namespace Bulwark.Scanners.Packages.Osv;

/// <summary>One range of affected versions.</summary>
/// <param name="Type"><c>SEMVER</c> or <c>ECOSYSTEM</c>.</param>
/// <param name="Events">The events in the order written.</param>
public sealed record OsvRange(string Type, IReadOnlyList<OsvEvent> Events);
