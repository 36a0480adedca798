using Bulwark.Scanners.Integrity.Policy;

namespace Bulwark.Scanners.Integrity.Walking;

/// <summary>A path the walk met: its <c>lstat</c>, or why it could not be examined, and the rule that watches it.</summary>
/// <param name="Path">Absolute inside the root (<c>/etc/passwd</c>).</param>
/// <param name="HostPath">The same path on this machine (<c>ROOT/etc/passwd</c>).</param>
/// <param name="Stat">The stat, or null when <paramref name="Error"/> says why not.</param>
/// <param name="Error">Why the path could not be examined (permission denied), or null.</param>
/// <param name="Rule">The rule that applies.</param>
internal sealed record Observed(string Path, string HostPath, FileStat? Stat, string? Error, WatchRule Rule);
