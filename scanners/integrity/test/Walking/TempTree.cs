using System.Diagnostics;
using System.Runtime.Versioning;
using Bulwark.Scanners.Integrity.Policy;
using Bulwark.Scanners.Integrity.Walking;

namespace Bulwark.Scanners.Integrity.Tests.Walking;

/// <summary>A root tree of real files in a temporary directory, walked under a policy given as YAML; deleted on dispose.</summary>
[SupportedOSPlatform("linux")]
internal sealed class TempTree : IDisposable
{
    public const string WholeTree = "rules:\n  - { path: /, group: content }\n";

    public string Root { get; } = Directory.CreateTempSubdirectory("bulwark-fim-walk-").FullName;

    public string Host(string path) => Root + path;

    public void File(string path, string content = "x\n", UnixFileMode? mode = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Host(path))!);
        System.IO.File.WriteAllText(Host(path), content);
        if (mode is { } m)
        {
            System.IO.File.SetUnixFileMode(Host(path), m);
        }
    }

    public void Dir(string path) => Directory.CreateDirectory(Host(path));

    public void Link(string path, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Host(path))!);
        System.IO.File.CreateSymbolicLink(Host(path), target);
    }

    public void Fifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Host(path))!);
        Run("mkfifo", Host(path));
    }

    public static FimPolicy Policy(string yaml)
    {
        var loaded = PolicyLoader.Parse("test.yaml", yaml);
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        return loaded.Value!;
    }

    public TreeWalker Walker(string yaml = WholeTree) => new(Root, Policy(yaml));

    /// <summary>The walk, run on another thread with a generous limit so a hang fails the test instead of stalling it.</summary>
    public List<Observed> Walk(string yaml = WholeTree)
    {
        var walker = Walker(yaml);
        var walk = Task.Run(() => walker.Walk().ToList());
        Assert.True(walk.Wait(TimeSpan.FromSeconds(30)), "the walk did not finish");
        return walk.Result;
    }

    public List<string> Paths(string yaml = WholeTree) => Walk(yaml).Select(o => o.Path).ToList();

    public static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: {error}");
    }

    // rm, not Directory.Delete: .NET cannot delete a file whose name is not valid UTF-8.
    public void Dispose() => Run("rm", "-rf", "--", Root);
}
