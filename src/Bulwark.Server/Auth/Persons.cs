using System.Globalization;
using System.Security.Claims;

namespace Bulwark.Server.Auth;

/// <summary>
/// The person behind a request, as one string whatever way they came in: the four-eye rule compares these, so a second
/// session, or a token someone made for themselves, is still that someone. Directory entries are compared without case,
/// as directories compare DNs.
/// </summary>
internal static class Persons
{
    /// <summary>A directory user, by their entry.</summary>
    public static string OfDirectory(string dn) => "directory:" + dn.Trim().ToLowerInvariant();

    /// <summary>The local administrator made on the command line.</summary>
    public static string OfLocal(string name) => "local:" + name;

    /// <summary>An OpenID Connect user: the issuer and the subject it gave them.</summary>
    public static string OfOidc(string issuer, string subject) => $"oidc:{issuer}#{subject}";

    /// <summary>A token without an owner (the bootstrap token, tokens older than owners): it stands for itself.</summary>
    public static string OfToken(long id) => "token:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The person of <paramref name="user"/>; every authenticated principal of this server has one.</summary>
    public static string Of(ClaimsPrincipal user) =>
        user.FindFirst(Claims.Person)?.Value ?? throw new InvalidOperationException("an authenticated principal without a person claim");
}
