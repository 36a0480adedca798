namespace Bulwark.Scanners.Host.Files;

/// <summary>What an <c>lstat</c> of a host path gave: the facts, nothing (the path does not exist), or why not.</summary>
/// <param name="Stat">The facts; null when the path does not exist or could not be examined.</param>
/// <param name="Problem">Why an existing path could not be examined (<c>permission denied</c>); null otherwise.</param>
internal readonly record struct StatOutcome(RawStat? Stat, string? Problem)
{
    /// <summary>The path does not exist (or a parent is not a directory).</summary>
    public static StatOutcome Missing => new(null, null);
}
