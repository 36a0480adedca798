using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Sweeps;

/// <summary>What one sweep of the file tree found.</summary>
/// <param name="Matches">The entries the sweep looks for, outside the exceptions, sorted by path.</param>
/// <param name="Excepted">The entries it looks for that an <c>except:</c> glob covers, sorted by path.</param>
/// <param name="Examined">How many entries the walk returned.</param>
/// <param name="Unreadable">Each directory (or walk) that could not be read, with why.</param>
internal sealed record SweepResult(
    IReadOnlyList<HostFileInfo> Matches,
    IReadOnlyList<HostFileInfo> Excepted,
    int Examined,
    IReadOnlyList<string> Unreadable);
