namespace Bulwark.Server.Directories;

/// <summary>What the directory said to a bind.</summary>
internal enum BindOutcome
{
    /// <summary>The password is right.</summary>
    Accepted,

    /// <summary>Invalid credentials (49), or no such entry (32) from directories that say so.</summary>
    WrongCredentials,

    /// <summary>
    /// Refused for another reason; 389 Directory Server answers a disabled account with "unwilling to perform" (53),
    /// which System.DirectoryServices.Protocols raises as a <c>DirectoryOperationException</c> without a response.
    /// </summary>
    Refused,
}
