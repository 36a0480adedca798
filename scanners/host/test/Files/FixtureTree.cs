using System.Diagnostics;
using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Tests.Files;

/// <summary>A root filesystem tree in a temporary directory, written by a test and deleted after it.</summary>
public sealed class FixtureTree : IDisposable
{
    public FixtureTree()
    {
        Outer = Path.Combine(Path.GetTempPath(), "bulwark-host-" + Guid.NewGuid().ToString("N"));
        Root = Path.Combine(Outer, "root");
        Directory.CreateDirectory(Root);
    }

    /// <summary>A directory around the root, for files a confined read must never reach.</summary>
    public string Outer { get; }

    public string Root { get; }

    public RootedHostFiles Files => RootedHostFiles.ForRoot(Root);

    public string Host(string auditedPath) => Root + auditedPath;

    public FixtureTree Write(string auditedPath, string text, UnixFileMode? mode = null)
    {
        var host = Host(auditedPath);
        Directory.CreateDirectory(Path.GetDirectoryName(host)!);
        File.WriteAllText(host, text);
        if (mode is { } m)
        {
            Chmod(host, m);
        }

        return this;
    }

    public FixtureTree Dir(string auditedPath)
    {
        Directory.CreateDirectory(Host(auditedPath));
        return this;
    }

    public FixtureTree Link(string auditedPath, string target)
    {
        var host = Host(auditedPath);
        Directory.CreateDirectory(Path.GetDirectoryName(host)!);
        File.CreateSymbolicLink(host, target);
        return this;
    }

    public static void Chmod(string hostPath, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(hostPath, mode);
        }
    }

    public static void Chown(string hostPath, int uid, int gid)
    {
        using var chown = Process.Start("chown", ["-h", $"{uid}:{gid}", hostPath]);
        chown.WaitForExit();
        Assert.Equal(0, chown.ExitCode);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Outer, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
