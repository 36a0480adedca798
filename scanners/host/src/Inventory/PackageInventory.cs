namespace Bulwark.Scanners.Host.Inventory;

/// <summary>The packages installed on the audited system, and where that knowledge came from.</summary>
/// <param name="Names">The installed package names (dpkg's <c>Package</c>, RPM's name tag), case-sensitive.</param>
/// <param name="Source">The database file read (<c>/var/lib/dpkg/status</c>), or null when none could be read.</param>
/// <param name="Problem">Why the inventory is missing or partial, for a person; null when it was read cleanly.</param>
public sealed record PackageInventory(IReadOnlySet<string> Names, string? Source, string? Problem);
