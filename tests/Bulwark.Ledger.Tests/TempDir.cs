namespace Bulwark.Ledger.Tests;

/// <summary>A folder that is deleted after the test.</summary>
public sealed class TempDir : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("bulwark-ledger-").FullName;

    public string Path(string name) => System.IO.Path.Combine(Root, name);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
