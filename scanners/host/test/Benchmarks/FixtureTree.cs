using System.Reflection;
using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Tests.Benchmarks;

/// <summary>
/// Builds a benchmark's fixture root filesystem in a temp folder from its parts (<c>DebianPart1Fixture</c>,
/// <c>DebianPart2Fixture</c>, … found by name, so a benchmark's fixture can be split by area): files with the
/// same path in several parts are concatenated in part order, modes and owners applied as the parts say, and
/// directories a part lists (<c>HardenedDirectories</c>, <c>WeakDirectories</c>) made with their modes.
/// </summary>
internal sealed class FixtureTree : IDisposable
{
    private FixtureTree(string root) => Root = root;

    /// <summary>The tree's root directory.</summary>
    public string Root { get; }

    /// <summary>The audited files of the tree.</summary>
    public IHostFiles Files => RootedHostFiles.ForRoot(Root);

    /// <summary>The parts of <paramref name="prefix"/> (<c>Debian</c>, <c>Rhel</c>).</summary>
    public static IReadOnlyList<Type> Parts(string prefix) =>
        [.. typeof(FixtureTree).Assembly.GetTypes().Where(t => t.Name.StartsWith(prefix, StringComparison.Ordinal) && t.Name.EndsWith("Fixture", StringComparison.Ordinal)).OrderBy(t => t.Name, StringComparer.Ordinal)];

    /// <summary>The check ids the parts expect to fail on the weak tree.</summary>
    public static IReadOnlyList<string> FailingOnWeak(string prefix) =>
        [.. Parts(prefix).SelectMany(t => (IReadOnlyList<string>)Property(t, "FailingOnWeak")!)];

    /// <summary>Builds the hardened (or weak) tree of <paramref name="prefix"/>'s parts.</summary>
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public static FixtureTree Build(string prefix, bool hardened)
    {
        var root = Path.Combine(Path.GetTempPath(), $"bulwark-host-{prefix.ToLowerInvariant()}-{(hardened ? "hardened" : "weak")}-{Guid.NewGuid().ToString("N")[..12]}");
        var files = new Dictionary<string, (string Content, int Mode)>(StringComparer.Ordinal);
        var owners = new List<(string Path, int Uid, int Gid)>();
        foreach (var part in Parts(prefix))
        {
            foreach (var file in (IReadOnlyList<FixtureFile>)Property(part, hardened ? "Hardened" : "Weak")!)
            {
                files[file.Path] = files.TryGetValue(file.Path, out var earlier) ? (earlier.Content + file.Content, earlier.Mode) : (file.Content, file.Mode);
            }

            if (Property(part, "Owners") is IReadOnlyList<(string, int, int)> partOwners)
            {
                owners.AddRange(partOwners);
            }
        }

        foreach (var (path, (content, mode)) in files)
        {
            var full = Path.Combine(root, path.TrimStart('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
            File.SetUnixFileMode(full, (UnixFileMode)mode);
        }

        // Directories with a mode of their own (cron folders, /var/log/audit) are made after the files, so their modes stick.
        foreach (var part in Parts(prefix))
        {
            if (Property(part, hardened ? "HardenedDirectories" : "WeakDirectories") is IReadOnlyList<(string, int)> directories)
            {
                foreach (var (path, mode) in directories)
                {
                    var full = Path.Combine(root, path.TrimStart('/'));
                    Directory.CreateDirectory(full);
                    File.SetUnixFileMode(full, (UnixFileMode)mode);
                }
            }
        }

        foreach (var (path, uid, gid) in owners)
        {
            Chown(Path.Combine(root, path.TrimStart('/')), uid, gid);
        }

        if (prefix == "Rhel")
        {
            RpmDatabase.Write(Path.Combine(root, "var/lib/rpm/rpmdb.sqlite"), (IReadOnlyList<string>)Property(Parts(prefix)[0], hardened ? "HardenedPackages" : "WeakPackages")!);
        }

        return new FixtureTree(root);
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
            // a leftover temp tree is harmless
        }
    }

    private static object? Property(Type type, string name) =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "chown", SetLastError = true)]
    private static extern int NativeChown(string path, int owner, int group);

    private static void Chown(string path, int uid, int gid)
    {
        if (NativeChown(path, uid, gid) != 0)
        {
            throw new IOException($"chown {uid}:{gid} {path} failed (errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()})");
        }
    }
}
