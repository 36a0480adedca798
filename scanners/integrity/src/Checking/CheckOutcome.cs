using Bulwark.Scanners.Integrity.Changes;

namespace Bulwark.Scanners.Integrity.Checking;

/// <summary>What one pass found: the changes, the paths that could not be examined and why, and how many paths it examined.</summary>
internal sealed record CheckOutcome(IReadOnlyList<Change> Changes, IReadOnlyList<(string Path, string Message)> Errors, long Examined);
