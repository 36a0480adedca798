using System.DirectoryServices.Protocols;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bulwark.Server.Directories;

/// <summary>
/// Signs people in against an LDAP directory (FreeIPA's 389 Directory Server, or any other) with a simple bind over
/// TLS, and reads who they are and which groups they are in at that moment, so a group change counts at the next
/// sign-in. The password goes to the directory and nowhere else: it is neither kept nor logged.
/// </summary>
public sealed class LdapDirectory(DirectoryOptions options, ILogger<LdapDirectory>? logger = null)
{
    private readonly ILogger _log = logger ?? NullLogger<LdapDirectory>.Instance;

    /// <summary>The directory this signs in against.</summary>
    public DirectoryOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Checks <paramref name="password"/> for <paramref name="userName"/> and reads the person's entry.</summary>
    public async Task<LoginResult> AuthenticateAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        // RFC 4513 5.1.2: a simple bind with a name and no password is an unauthenticated bind, which many servers
        // answer with success. It must never reach the directory as if it were a sign-in.
        if (userName.Trim().Length == 0 || password.Length == 0)
        {
            return new LoginResult.WrongCredentials();
        }

        // libldap's calls block and its connect has no time limit of ours, so the sign-in runs beside the caller and
        // is given up on after the timeout; the connection closes when the call finally returns.
        var login = Task.Run(() => Authenticate(userName, password), CancellationToken.None);
        LoginResult result;
        try
        {
            result = await login.WaitAsync(Options.Timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            result = new LoginResult.Unavailable(LdapProblems.NoAnswer(Options));
        }

        Log(userName, result);
        return result;
    }

    private LoginResult Authenticate(string userName, string password)
    {
        try
        {
            using var connection = LdapConnector.Open(Options);
            var session = new LdapSession(connection, Options);
            if (session.Locate(userName, out var dn) is { } notFound)
            {
                return notFound;
            }

            return session.Bind(new NetworkCredential(dn, password)) switch
            {
                BindOutcome.Accepted => session.ReadUser(dn, userName),
                BindOutcome.WrongCredentials => new LoginResult.WrongCredentials(),
                _ => session.WhyRefused(dn),
            };
        }
        catch (Exception e) when (e is DirectoryException or IOException or UnauthorizedAccessException or DllNotFoundException)
        {
            return new LoginResult.Unavailable(LdapProblems.Describe(Options, e));
        }
    }

    private void Log(string userName, LoginResult result)
    {
        switch (result)
        {
            case LoginResult.Unavailable unavailable:
                _log.LogWarning("directory sign-in of {User} not possible: {Reason}", userName, unavailable.Reason);
                break;
            case LoginResult.Authenticated authenticated:
                _log.LogInformation("directory sign-in of {User} ({Dn}), groups {Groups}", userName, authenticated.UserDn, string.Join(", ", authenticated.Groups));
                break;
            default:
                _log.LogInformation("directory sign-in of {User} refused: {Outcome}", userName, result.GetType().Name);
                break;
        }
    }
}
