using Bulwark.Sdk;
using LibGit2Sharp;

namespace Bulwark.Targets.GitHistory;

/// <summary>
/// A repository shared by a git source and the files it yields. A libgit2 repository must not be used from
/// several threads at once while engine workers read blobs concurrently, so every use holds <see cref="Gate"/>.
/// </summary>
internal sealed class GitRepository : IDisposable
{
    private GitRepository(Repository repository)
    {
        Repository = repository;
        Root = System.IO.Path.TrimEndingDirectorySeparator(repository.Info.WorkingDirectory ?? repository.Info.Path);
    }

    public Lock Gate { get; } = new();

    public Repository Repository { get; }

    /// <summary>The working directory, or the git directory of a bare repository.</summary>
    public string Root { get; }

    /// <summary>Opens the repository holding <paramref name="path"/>, which may be any folder inside it.</summary>
    public static GitRepository Open(string path)
    {
        string? gitDirectory;
        try
        {
            gitDirectory = Repository.Discover(System.IO.Path.GetFullPath(path));
        }
        catch (LibGit2SharpException ex)
        {
            throw new GitSourceException($"{path} is not a git repository: {ex.Message}", ex);
        }

        if (gitDirectory is null)
        {
            throw new GitSourceException($"{path} is not a git repository");
        }

        try
        {
            return new GitRepository(new Repository(gitDirectory));
        }
        catch (LibGit2SharpException ex)
        {
            throw new GitSourceException($"opening the git repository at {gitDirectory}: {ex.Message}", ex);
        }
    }

    public static Origin OriginOf(Commit commit)
    {
        var author = commit.Author;
        return new Origin("commit", commit.Sha)
        {
            Author = author.Name,
            AuthorEmail = author.Email,
            Date = author.When,
            Summary = commit.MessageShort,
        };
    }

    /// <summary>A file for <paramref name="blob"/>; the caller holds <see cref="Gate"/>.</summary>
    public SourceFile File(Blob blob, string path, Origin origin, IReadOnlyList<LineRange>? changedLines) =>
        new GitBlobFile(this, blob)
        {
            // The header alone gives the size; Blob.Size would inflate the whole object.
            Size = Repository.ObjectDatabase.RetrieveObjectMetadata(blob.Id).Size,
            Path = path,
            Origin = origin,
            ChangedLines = changedLines,
        };

    public byte[] Read(Blob blob)
    {
        lock (Gate)
        {
            using var content = blob.GetContentStream();
            var bytes = new byte[content.Length];
            content.ReadExactly(bytes);
            return bytes;
        }
    }

    public void Dispose()
    {
        lock (Gate)
        {
            Repository.Dispose();
        }
    }
}
