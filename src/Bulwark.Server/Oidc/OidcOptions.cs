namespace Bulwark.Server.Oidc;

/// <summary>
/// Sign-in with an OpenID Connect provider (Keycloak, Entra ID, Dex, …): the <c>oidc</c> section of the sign-in file.
/// docs/server.md describes each key. The client secret is not in the file: <c>clientSecretFile</c> names where it is.
/// </summary>
public sealed record OidcOptions
{
    /// <summary>The provider's issuer, exactly as its ID tokens name it (<c>https://idp.example.org/realms/x</c>).</summary>
    public required string Issuer { get; init; }

    /// <summary>This server's client id at the provider.</summary>
    public required string ClientId { get; init; }

    /// <summary>The client secret of a confidential client; null for a public client, which has PKCE alone.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>Where people reach this server; the redirect URI is this with <see cref="CallbackPath"/>.</summary>
    public required Uri PublicUrl { get; init; }

    /// <summary>The ID token claim that lists the person's groups.</summary>
    public string GroupsClaim { get; init; } = "groups";

    /// <summary>The ID token claim that names the person; <c>sub</c> when the token lacks it.</summary>
    public string UserNameClaim { get; init; } = "preferred_username";

    /// <summary>What is asked of the provider; always holds <c>openid</c>.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = ["openid", "profile", "email"];

    /// <summary>The words on the sign-in page's button.</summary>
    public string Label { get; init; } = "Sign in with single sign-on";

    /// <summary>How long the provider may take to answer one request.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Where the provider sends the browser back to, under <see cref="PublicUrl"/>.</summary>
    public const string CallbackPath = "/ui/login/oidc/callback";

    /// <summary>The redirect URI to register at the provider.</summary>
    public string RedirectUri => PublicUrl.GetLeftPart(UriPartial.Authority) + PublicUrl.AbsolutePath.TrimEnd('/') + CallbackPath;
}
