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
}
