namespace Bulwark.Server.Store.Model;

/// <summary>
/// A web UI sign-in, made with an API token. The browser's cookie carries a random session key; only its SHA-256 is
/// kept here, so someone who reads the database cannot make a cookie that signs in. Signing out deletes the row, and
/// the session ends with its token (revoked, expired).
/// </summary>
internal sealed class UiSession
{
    public long Id { get; set; }

    /// <summary>Lower-case hex SHA-256 of the session key the cookie holds.</summary>
    public required string Hash { get; set; }

    /// <summary>The token the person signed in with; its name and scope are who they are and what they may do.</summary>
    public long TokenId { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>Moved on while the session is used (sliding expiry).</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
