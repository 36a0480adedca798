namespace Bulwark.Targets.GitHistory;

/// <summary>
/// A git source cannot be used as asked: the path is not a repository, a revision does not exist,
/// or the repository cannot be read. The message is written for the user who asked.
/// </summary>
public sealed class GitSourceException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public GitSourceException()
        : base("the git repository cannot be read")
    {
    }

    /// <summary>Creates the exception with a message for the user.</summary>
    public GitSourceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the user and the error that caused it.</summary>
    public GitSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
