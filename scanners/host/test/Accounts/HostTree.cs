using System.Diagnostics;
using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Tests.Accounts;

/// <summary>A root file system tree built by a test under the temp folder, read through RootedHostFiles; removed on dispose.</summary>
internal sealed class HostTree : IDisposable
{
    /// <summary>Creates the empty tree.</summary>
    public HostTree() => Directory.CreateDirectory(Root);

    /// <summary>The host directory that plays the audited system's <c>/</c>.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "bulwark-host-" + Guid.NewGuid().ToString("N"));

    /// <summary>The tree as the audit reads it.</summary>
    public IHostFiles Files => RootedHostFiles.ForRoot(Root);

    /// <summary>The host path of <paramref name="path"/> (absolute as the audited system sees it).</summary>
    public string HostPath(string path) => Path.Combine(Root, path.TrimStart('/'));

    /// <summary>Writes <paramref name="text"/> at <paramref name="path"/>, creating folders on the way.</summary>
    public HostTree Write(string path, string text)
    {
        var host = HostPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(host)!);
        File.WriteAllText(host, text);
        return this;
    }

    /// <summary>Creates directory <paramref name="path"/> and its parents.</summary>
    public HostTree Folder(string path)
    {
        Directory.CreateDirectory(HostPath(path));
        return this;
    }

    /// <summary>Sets the mode of <paramref name="path"/>, written in octal as chmod takes it (<c>4755</c>, <c>1777</c>).</summary>
    public HostTree Mode(string path, string octal)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("host trees need Unix file modes");
        }

        File.SetUnixFileMode(HostPath(path), (UnixFileMode)Convert.ToInt32(octal, 8));
        return this;
    }

    /// <summary>A symbolic link at <paramref name="path"/> pointing to <paramref name="target"/> as written.</summary>
    public HostTree Link(string path, string target)
    {
        var host = HostPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(host)!);
        File.CreateSymbolicLink(host, target);
        return this;
    }

    /// <summary>Gives <paramref name="path"/> numeric owner and group (the tests run as root, so chown may).</summary>
    public HostTree Owner(string path, int uid, int gid)
    {
        using var chown = Process.Start(new ProcessStartInfo("chown", ["-h", $"{uid}:{gid}", HostPath(path)]) { RedirectStandardError = true })!;
        chown.WaitForExit();
        Assert.True(chown.ExitCode == 0, $"chown {uid}:{gid} failed: {chown.StandardError.ReadToEnd()}");
        return this;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test over.
        }
    }
}
