namespace Bulwark.Server.Oidc;

/// <summary>
/// Checking the ID token the token endpoint sent: its signature against the provider's keys (fetched again once when
/// it names a key we do not have), then its claims (<see cref="IdTokenClaims"/>).
/// </summary>
internal static class IdTokens
{
    public static async Task<(IdTokenClaims? Claims, string? Problem)> CheckAsync(
        OidcProvider provider, OidcProvider.Discovery discovery, string idToken, string nonce, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (token, malformed) = JsonWebToken.Parse(idToken);
        if (token is null)
        {
            return (null, malformed);
        }

        var (keys, unavailable) = await provider.KeysAsync(discovery, refresh: false, cancellationToken);
        if (keys is not null && !keys.HasKeyFor(token))
        {
            // Providers roll their keys: a kid we have not seen may be one published since we fetched.
            (keys, unavailable) = await provider.KeysAsync(discovery, refresh: true, cancellationToken);
        }

        if (keys is null)
        {
            return (null, unavailable);
        }

        if (keys.Verify(token) is { } unsigned)
        {
            return (null, unsigned);
        }

        return IdTokenClaims.Check(token.Claims, provider.Options, nonce, now);
    }
}
