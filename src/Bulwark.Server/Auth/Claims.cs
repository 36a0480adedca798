using System.Globalization;
using System.Security.Claims;
using Bulwark.Server.Directories;
using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Auth;

/// <summary>
/// The claims a signed-in principal carries, and the principals made from a token and from a directory user. A bearer
/// call and a UI session opened with the same token are the same principal; only the scheme differs.
/// </summary>
internal static class Claims
{
    /// <summary>A token's scope (read, upload, admin); absent for a person signed in themselves.</summary>
    public const string Scope = "bulwark:scope";

    /// <summary>The id of the token a request came with.</summary>
    public const string Token = "bulwark:token";

    /// <summary>The person behind the request, the same for all their sessions and tokens (<see cref="Persons"/>).</summary>
    public const string Person = "bulwark:person";

    /// <summary>The name of the person who owns the token a request came with.</summary>
    public const string OwnerName = "bulwark:owner-name";

    /// <summary>The entry (DN) of a directory user.</summary>
    public const string DirectoryUser = "bulwark:directory-user";

    /// <summary>Who a token is: its name, scope, owner and the owner's roles (bounded by the scope in <see cref="Grants"/>).</summary>
    public static ClaimsPrincipal Of(ApiToken token, string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, token.OwnerName is null ? token.Name : $"{token.OwnerName} (token {token.Name})"),
            new Claim(Scope, token.Scope),
            new Claim(Token, token.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(Person, token.OwnerPerson ?? Persons.OfToken(token.Id)),
            .. token.OwnerName is null ? Array.Empty<Claim>() : [new Claim(OwnerName, token.OwnerName)],
            .. RolesOf(token).Select(r => new Claim(ClaimTypes.Role, r)),
        ],
        scheme));

    /// <summary>Who a person signed in themselves is: their name, their person id, and their roles by name (<c>approver</c>, <c>developer@shop</c>).</summary>
    public static ClaimsPrincipal OfPerson(string name, string person, string? directoryEntry, IEnumerable<string> roles, string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, name),
            new Claim(Person, person),
            .. directoryEntry is null ? Array.Empty<Claim>() : [new Claim(DirectoryUser, directoryEntry)],
            .. roles.Select(r => new Claim(ClaimTypes.Role, r)),
        ],
        scheme));

    /// <summary>The roles a token carries: its owner's when made, or for a token older than owners, the role its scope stood for.</summary>
    public static IReadOnlyList<string> RolesOf(ApiToken token) =>
        token.Roles is null ? [RoleNames.Of(RolePermissions.RoleOfScope(token.Scope))] : DirectoryRoles.Split(token.Roles);
}
