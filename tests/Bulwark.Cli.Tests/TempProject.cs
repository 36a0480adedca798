namespace Bulwark.Cli.Tests;

/// <summary>A throw-away project folder: write files into it, scan it, and it is deleted afterwards.</summary>
public sealed class TempProject : IDisposable
{
    public TempProject()
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bulwark-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public TempProject Write(string relative, string content)
    {
        var full = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return this;
    }

    public string Read(string relative) => File.ReadAllText(Path(relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
