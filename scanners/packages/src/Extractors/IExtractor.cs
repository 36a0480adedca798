using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors;

/// <summary>
/// Reads one kind of package file (a lockfile format, a manifest, an OS package database) into packages.
/// One small class per format; the format's family lists it (<c>JavaScriptExtractors.All</c>, …).
/// </summary>
public interface IExtractor
{
    /// <summary>What it reads, for messages and docs: <c>npm package-lock.json (v1, v2, v3)</c>.</summary>
    string Format { get; }

    /// <summary>Whether the file at <paramref name="path"/> (relative, forward slashes) is one it reads; by name only.</summary>
    bool Recognises(string path);

    /// <summary>Reads the file. Never throws on bad input: problems become <see cref="Extraction.Diagnostics"/>.</summary>
    Extraction Extract(ExtractorInput input);
}

/// <summary>One file handed to an extractor.</summary>
/// <param name="Path">The path relative to the scan root, forward slashes.</param>
/// <param name="Bytes">The raw content (binary formats such as rpmdb.sqlite use this).</param>
/// <param name="Text">The content decoded as text (empty for binary files).</param>
/// <param name="ReadOther">
/// Reads another file of the same scan by its path relative to the scan root (a requirements file's
/// <c>-r</c> include, go.sum beside go.mod, etc/os-release beside var/lib/dpkg/status); null when absent.
/// </param>
public sealed record ExtractorInput(string Path, ReadOnlyMemory<byte> Bytes, string Text, Func<string, string?> ReadOther)
{
    /// <summary>The folder of the file, forward slashes, empty at the root.</summary>
    public string Folder => Path.Contains('/', StringComparison.Ordinal) ? Path[..Path.LastIndexOf('/')] : "";

    /// <summary>The file name.</summary>
    public string Name => Path[(Path.LastIndexOf('/') + 1)..];

    /// <summary>A path relative to this file's folder, as a scan-relative path (<c>../x</c> resolved).</summary>
    public string Sibling(string relative)
    {
        var parts = new List<string>(Folder.Length == 0 ? [] : Folder.Split('/'));
        foreach (var part in relative.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>A text input with nothing else readable, for tests and single files.</summary>
    public static ExtractorInput FromText(string path, string text, Func<string, string?>? readOther = null) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(text), text, readOther ?? (_ => null));
}
