namespace Bulwark.Server.Directories;

/// <summary>
/// How a sign-in against the directory ended. None of them is an exception: a wrong password and a directory that
/// does not answer are both ordinary answers the sign-in page shows.
/// </summary>
public abstract record LoginResult
{
    private LoginResult()
    {
    }

    /// <summary>The directory accepted the password.</summary>
    /// <param name="UserDn">The person's entry.</param>
    /// <param name="UserName">The login name as the directory spells it (the same for "Alice" and "alice").</param>
    /// <param name="DisplayName">The name to show (the login name when the entry has none).</param>
    /// <param name="Email">The e-mail address, or null.</param>
    /// <param name="Groups">The names of the groups the person is in now, read at this sign-in.</param>
    public sealed record Authenticated(string UserDn, string UserName, string DisplayName, string? Email, IReadOnlyList<string> Groups) : LoginResult;

    /// <summary>
    /// No such person, or not their password, or no password at all: the three are told apart to no one, so the page
    /// cannot be used to find out who has an account.
    /// </summary>
    public sealed record WrongCredentials : LoginResult;

    /// <summary>The account exists and is disabled in the directory.</summary>
    public sealed record Disabled : LoginResult;

    /// <summary>The directory could not be asked: not reachable, TLS refused, the service account refused, or too slow.</summary>
    /// <param name="Reason">What went wrong and with what, for the log and the administrator.</param>
    public sealed record Unavailable(string Reason) : LoginResult;
}
