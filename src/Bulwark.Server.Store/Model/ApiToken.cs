namespace Bulwark.Server.Store.Model;

/// <summary>
/// A bearer token for the API. Only the SHA-256 of the token is stored (tokens are 32 random bytes, so a plain hash
/// is enough: there is nothing to guess); the token itself is shown once, when made.
/// </summary>
internal sealed class ApiToken
{
    public long Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token text.</summary>
    public required string Hash { get; set; }

    /// <summary><c>admin</c>, <c>upload</c> or <c>read</c>.</summary>
    public required string Scope { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>
    /// The person who made the token (see <c>Persons</c>): a token acts for its owner, so the four-eye rule treats a
    /// request and an approval through the owner's tokens as the owner's. Null for the bootstrap token.
    /// </summary>
    public string? OwnerPerson { get; set; }

    /// <summary>The owner's name as they signed in (the audit trail's actor is "owner (token name)").</summary>
    public string? OwnerName { get; set; }

    /// <summary>The owner's roles when the token was made, as a session keeps them; null for tokens older than owners.</summary>
    public string? Roles { get; set; }

    /// <summary>The day the token was last used (the audit trail records a token's first use each day).</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
}
