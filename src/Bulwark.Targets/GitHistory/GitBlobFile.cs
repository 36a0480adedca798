using Bulwark.Sdk;
using LibGit2Sharp;

namespace Bulwark.Targets.GitHistory;

/// <summary>One blob as a file. Its bytes are copied out under the repository's lock, so reads from many threads are safe.</summary>
internal sealed class GitBlobFile(GitRepository repository, Blob blob) : SourceFile
{
    public override Stream OpenRead() => new MemoryStream(repository.Read(blob), writable: false);
}
