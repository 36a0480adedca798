namespace Bulwark.Scanners.Host.Remediation;

/// <summary>The fix of one failed check: Ansible tasks and the same change as shell lines; empty when it cannot be done mechanically.</summary>
/// <param name="Tasks">Ansible tasks, in order.</param>
/// <param name="Shell">Shell lines, in order.</param>
/// <param name="Manual">Why there is no mechanical fix (the remediation text says what to do), or null.</param>
public sealed record Fix(IReadOnlyList<FixTask> Tasks, IReadOnlyList<string> Shell, string? Manual = null)
{
    /// <summary>No mechanical fix, with why.</summary>
    public static Fix None(string why) => new([], [], why);
}
