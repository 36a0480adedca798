namespace Bulwark.Server.Store.Model;

/// <summary>
/// A web UI sign-in, made with an API token or as a directory user. The browser's cookie carries a random session key;
/// only its SHA-256 is kept here, so someone who reads the database cannot make a cookie that signs in. Signing out
/// deletes the row, and a token's session ends with its token (revoked, expired).
/// </summary>
internal sealed class UiSession
{
    public long Id { get; set; }

    /// <summary>Lower-case hex SHA-256 of the session key the cookie holds.</summary>
    public required string Hash { get; set; }

    /// <summary>
    /// The token the person signed in with; its name and scope are who they are and what they may do. Null for a
    /// directory user's session.
    /// </summary>
    public long? TokenId { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>Moved on while the session is used (sliding expiry).</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>A directory user's login name as the directory spells it; null for a token's session.</summary>
    public string? UserName { get; set; }

    /// <summary>A directory user's entry (DN), to tell apart people of one name in two places of the directory.</summary>
    public string? UserDn { get; set; }

    /// <summary>
    /// A directory user's roles as their groups gave them at sign-in, by name, comma-separated: kept rather than asked
    /// again, so a group change counts at the next sign-in and a page needs no round trip to the directory.
    /// </summary>
    public string? Roles { get; set; }

    /// <summary>
    /// The person of a session opened by someone signing in themselves (see <c>Persons</c>); null for a token's session,
    /// and for directory sessions made before it was kept (their entry is the person then).
    /// </summary>
    public string? Person { get; set; }
}
