using System.IO.Compression;
using System.Text;

namespace Bulwark.Scanners.Detection.Tests.Parsing;

/// <summary>A directory removed when the test ends, to write log files into.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("bulwark-parsing-").FullName;

    public string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string WriteGzip(string name, string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return WriteBytes(name, buffer.ToArray());
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
