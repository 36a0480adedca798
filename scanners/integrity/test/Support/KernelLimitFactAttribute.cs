namespace Bulwark.Scanners.Integrity.Tests.Support;

/// <summary>
/// A test that lowers a kernel limit under /proc/sys for a moment: it needs root and a writable /proc/sys (a container may
/// mount it read-only); skipped with the reason otherwise.
/// </summary>
public sealed class KernelLimitFactAttribute : FactAttribute
{
    public const string InotifyQueue = "/proc/sys/fs/inotify/max_queued_events";

    public KernelLimitFactAttribute()
    {
        try
        {
            using var probe = new FileStream(InotifyQueue, FileMode.Open, FileAccess.Write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Skip = $"needs root and a writable {InotifyQueue}: {e.Message}";
        }
    }
}
