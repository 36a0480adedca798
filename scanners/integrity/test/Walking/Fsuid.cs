using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Bulwark.Scanners.Integrity.Tests.Walking;

/// <summary>
/// glibc's <c>setfsuid</c>: changes the file-system user of the calling thread only (unlike <c>setuid</c>, glibc does not
/// spread it to the other threads). Leaving uid 0 drops <c>CAP_DAC_OVERRIDE</c> for that thread, so root can see what an
/// unreadable file looks like to the walk without affecting the rest of the test run.
/// </summary>
[SupportedOSPlatform("linux")]
internal static class Fsuid
{
    public const uint Nobody = 65534;

    /// <summary>Sets the calling thread's file-system uid; returns the previous one.</summary>
    public static uint Set(uint fsuid) => SetFsuid(fsuid);

    /// <summary>The calling thread's file-system uid (an invalid uid changes nothing and returns the current one).</summary>
    public static uint Current => SetFsuid(uint.MaxValue);

    /// <summary>Null when dropping to nobody on one thread denies that thread a root-only file while another thread stays root.</summary>
    public static string? WhyNotUsable { get; } = Probe();

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess)
        {
            return "needs root on Linux: it drops file-system privileges on one thread with setfsuid";
        }

        var directory = Directory.CreateTempSubdirectory("bulwark-fsuid-probe-");
        var file = Path.Combine(directory.FullName, "secret");
        try
        {
            File.SetUnixFileMode(directory.FullName, (UnixFileMode)0b111_101_101);
            File.WriteAllText(file, "x");
            File.SetUnixFileMode(file, UnixFileMode.None);
            using var dropped = new ManualResetEventSlim();
            using var checkedOther = new ManualResetEventSlim();
            string? problem = null;
            var thread = new Thread(() =>
            {
                Set(Nobody);
                try
                {
                    problem = Current != Nobody ? "setfsuid did not change the file-system uid"
                        : CanRead(file) ? "setfsuid(65534) did not drop CAP_DAC_OVERRIDE" : null;
                    dropped.Set();
                    checkedOther.Wait();
                }
                finally
                {
                    Set(0);
                }
            });
            thread.Start();
            dropped.Wait();
            problem ??= Current != 0 || !CanRead(file) ? "setfsuid changed other threads too: it is not per-thread here" : null;
            checkedOther.Set();
            thread.Join();
            return problem is null ? null : problem + "; the unreadable-file walk cannot be staged";
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    // DllImport, not LibraryImport: the generated code needs unsafe blocks, which this test project does not allow.
#pragma warning disable SYSLIB1054
    [DllImport("libc.so.6", EntryPoint = "setfsuid")]
    private static extern uint SetFsuid(uint fsuid);
#pragma warning restore SYSLIB1054
}

/// <summary>A fact that runs only where <see cref="Fsuid"/> works as the test needs, saying why otherwise.</summary>
[SupportedOSPlatform("linux")]
internal sealed class FsuidFactAttribute : FactAttribute
{
    public FsuidFactAttribute()
    {
        if (Fsuid.WhyNotUsable is { } reason)
        {
            Skip = reason;
        }
    }
}
