namespace Bulwark.Sdk;

/// <summary>
/// One file as a source presents it. Scanners never learn which source (directory, git history, image
/// layer) it came from beyond <see cref="Origin"/>; that is what lets every scanner read every source.
/// </summary>
public abstract class SourceFile
{
    /// <summary>The path relative to the scan root, with forward slashes.</summary>
    public required string Path { get; init; }

    /// <summary>The size in bytes as the source reports it.</summary>
    public required long Size { get; init; }

    /// <summary>The commit, index or layer the content came from; null for a plain file.</summary>
    public Origin? Origin { get; init; }

    /// <summary>
    /// When set, only findings that touch these lines are reported: the lines a commit range or the
    /// staged index added, so unchanged old lines are not blamed on the change.
    /// </summary>
    public IReadOnlyList<LineRange>? ChangedLines { get; init; }

    /// <summary>The file name, the last segment of <see cref="Path"/>.</summary>
    public string Name => Path[(Path.LastIndexOf('/') + 1)..];

    /// <summary>Opens the content for reading. May be called from any thread.</summary>
    public abstract Stream OpenRead();
}
