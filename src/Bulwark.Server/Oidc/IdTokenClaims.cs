using System.Text.Json;

namespace Bulwark.Server.Oidc;

/// <summary>
/// Who an ID token whose signature has been checked says the person is, once its claims pass the checks of OpenID
/// Connect Core §3.1.3.7: issued by our issuer, for our client, not expired, not from the future, and for this very
/// sign-in (the nonce).
/// </summary>
/// <param name="Subject">The provider's id of the person (<c>sub</c>), stable across renames.</param>
/// <param name="UserName">The name to show: the configured claim, else <c>sub</c>.</param>
/// <param name="Groups">The groups the configured claim lists; none when the token has no such claim.</param>
internal sealed record IdTokenClaims(string Subject, string UserName, IReadOnlyList<string> Groups)
{
    /// <summary>How far the provider's clock may be ahead of or behind ours.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    public static (IdTokenClaims? Claims, string? Problem) Check(JsonElement claims, OidcOptions options, string nonce, DateTimeOffset now)
    {
        if (JsonWebToken.Text(claims, "iss") is var iss && iss != options.Issuer)
        {
            return (null, $"it was issued by '{iss ?? "(no iss)"}', not by the configured issuer '{options.Issuer}'");
        }

        var audiences = Strings(claims, "aud");
        if (!audiences.Contains(options.ClientId, StringComparer.Ordinal))
        {
            return (null, $"it is for '{string.Join(", ", audiences)}', not for the client id '{options.ClientId}'");
        }

        var azp = JsonWebToken.Text(claims, "azp");
        if ((audiences.Count > 1 && azp is null) || (azp is not null && azp != options.ClientId))
        {
            return (null, $"it has several audiences and its authorized party is '{azp ?? "(no azp)"}', not '{options.ClientId}'");
        }

        if (Seconds(claims, "exp") is not { } exp || exp <= now - ClockSkew)
        {
            return (null, "it has expired (or has no exp)");
        }

        if (Seconds(claims, "iat") is not { } iat || iat > now + ClockSkew)
        {
            return (null, "it was issued in the future (or has no iat)");
        }

        if (JsonWebToken.Text(claims, "nonce") != nonce)
        {
            return (null, "its nonce is not this sign-in's (a token from another sign-in)");
        }

        if (JsonWebToken.Text(claims, "sub") is not { Length: > 0 } subject)
        {
            return (null, "it has no sub");
        }

        var userName = JsonWebToken.Text(claims, options.UserNameClaim) is { Length: > 0 } name ? name : subject;
        return (new IdTokenClaims(subject, userName, Strings(claims, options.GroupsClaim)), null);
    }

    // A claim that is one string or a list of them (aud may be either; providers send one group as a string).
    private static List<string> Strings(JsonElement claims, string name)
    {
        if (!claims.TryGetProperty(name, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Array => [.. value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            _ => [],
        };
    }

    private static DateTimeOffset? Seconds(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds)
            && seconds is >= 0 and < 253402300800
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
