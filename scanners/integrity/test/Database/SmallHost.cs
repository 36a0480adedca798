namespace Bulwark.Scanners.Integrity.Tests.Database;

/// <summary>A temporary directory holding a tiny root tree, a policy watching all of it, and where its baseline goes.</summary>
internal sealed class SmallHost : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bulwark-fim-host-").FullName;

    public SmallHost(bool makeDatabaseDirectory = true)
    {
        if (makeDatabaseDirectory)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Db)!);
        }

        Write("/etc/hostname", "web-1\n");
        Write("/etc/motd", "Authorised use only.\n");
        Write("/usr/bin/app", "#!/bin/sh\necho app\n");
        Policy = File("policy.yaml", "rules:\n  - { path: /, group: content }\n");
    }

    public string Root => Path.Combine(_directory, "root");

    public string Db => Path.Combine(_directory, "db", "fim.db");

    public string Policy { get; }

    public FimTarget Target => new(Root, Db, null);

    public void Write(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Root + path)!);
        System.IO.File.WriteAllText(Root + path, content);
    }

    /// <summary>Writes a file beside the tree (a key, a policy) and returns its path.</summary>
    public string File(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public FimSummary Init()
    {
        var result = FimBaselines.Initialize(Target, Policy, "tester", "first baseline", "test", CancellationToken.None);
        Assert.True(result.Summary is not null, $"init failed: {result.Failure} {string.Join("; ", result.Problems)}");
        return result.Summary!;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
