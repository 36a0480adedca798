namespace Bulwark.Sdk;

/// <summary>Something that presents files to scan: a directory tree, git history, an image's layers.</summary>
public interface IFileSource
{
    /// <summary>A short description for progress and reports, such as the root path or <c>git history of PATH</c>.</summary>
    string Description { get; }

    /// <summary>
    /// The files to scan, each once. Paths the source cannot read are reported to <paramref name="errors"/>
    /// and skipped; enumeration goes on.
    /// </summary>
    IEnumerable<SourceFile> Enumerate(IFindingSink errors, CancellationToken cancellationToken);
}
