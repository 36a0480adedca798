using Bulwark.Sdk;

namespace Bulwark.Targets.Directories;

/// <summary>A regular file found by <see cref="DirectorySource"/>, read straight from disk.</summary>
public sealed class DirectoryFile : SourceFile
{
    /// <summary>Wraps the file at <paramref name="fullPath"/>.</summary>
    public DirectoryFile(string fullPath)
    {
        FullPath = fullPath;
    }

    /// <summary>The absolute path on disk.</summary>
    public string FullPath { get; }

    /// <inheritdoc />
    public override Stream OpenRead()
    {
        // The engine reads into its own pooled buffers, so a FileStream buffer would only add a copy.
        return new FileStream(FullPath, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.ReadWrite | FileShare.Delete,
            BufferSize = 0,
            Options = FileOptions.SequentialScan,
        });
    }
}
