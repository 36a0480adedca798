using System.Security.Claims;
using Bulwark.Ledger.Events;
using Bulwark.Server.Auth;

namespace Bulwark.Server.Audit;

/// <summary>
/// The ledger's actor for a request: who (the name people know them by, with the token when it came through one),
/// whether a person or a service acted, and how the server knew them (ldap, oidc, local, api-token).
/// </summary>
internal static class AuditActors
{
    public static Actor Of(ClaimsPrincipal user)
    {
        var person = user.FindFirst(Claims.Person)?.Value ?? "";
        var name = user.Identity?.Name ?? person;
        if (user.FindFirst(Claims.Token) is not null)
        {
            // A token without an owner (the bootstrap token) is no person's.
            return new Actor(name, person.StartsWith("token:", StringComparison.Ordinal) ? "service" : "user", "api-token");
        }

        return new Actor(name, "user", Method(person));
    }

    /// <summary>Someone who tried to sign in, known only by the name they typed.</summary>
    public static Actor SigningIn(string name, string method) => new(string.IsNullOrWhiteSpace(name) ? "(no name)" : Trim(name), "user", method);

    /// <summary>How a person signed in, from their person id.</summary>
    public static string Method(string person) => person[..Math.Max(0, person.IndexOf(':', StringComparison.Ordinal))] switch
    {
        "directory" => "ldap",
        "oidc" => "oidc",
        "local" => "local",
        _ => "api-token",
    };

    // A typed name is whatever the form held: bounded, so a flood of long names cannot bloat the ledger.
    private static string Trim(string name) => name.Length <= 100 ? name.Trim() : name[..100].Trim() + "…";
}
