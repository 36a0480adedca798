using System.Net;
using System.Text.Json;
using Bulwark.Server.Directories;

namespace Bulwark.Server.Oidc;

/// <summary>The <c>oidc</c> section of the sign-in file into <see cref="OidcOptions"/>, with what would make it unsafe or unusable refused.</summary>
internal static class OidcOptionsReader
{
    private const string Prefix = "oidc.";

    private static readonly string[] Keys =
        ["issuer", "clientId", "clientSecretFile", "publicUrl", "groupsClaim", "userNameClaim", "scopes", "label", "timeoutSeconds"];

    public static OidcOptions? Read(ConfigReader reader, JsonElement? section, string folder)
    {
        if (section is null)
        {
            return null;
        }

        reader.OnlyKeys(section, Prefix, Keys);
        var issuer = Issuer(reader, reader.String(section, Prefix, "issuer"));
        var clientId = reader.String(section, Prefix, "clientId");
        if (clientId is null)
        {
            reader.Problem(Prefix + "clientId", "is missing; it is the client id this server has at the provider");
        }

        var publicUrl = PublicUrl(reader, reader.String(section, Prefix, "publicUrl"));
        var defaults = new OidcOptions { Issuer = "", ClientId = "", PublicUrl = new Uri("https://bulwark") };
        var options = defaults with
        {
            ClientSecret = reader.SecretFile(Prefix + "clientSecretFile", reader.String(section, Prefix, "clientSecretFile"), folder),
            GroupsClaim = reader.String(section, Prefix, "groupsClaim") ?? defaults.GroupsClaim,
            UserNameClaim = reader.String(section, Prefix, "userNameClaim") ?? defaults.UserNameClaim,
            Scopes = Scopes(reader, section) ?? defaults.Scopes,
            Label = reader.String(section, Prefix, "label") ?? defaults.Label,
            Timeout = Timeout(reader, reader.Number(section, Prefix, "timeoutSeconds")) ?? defaults.Timeout,
        };
        return issuer is null || clientId is null || publicUrl is null ? null : options with { Issuer = issuer, ClientId = clientId, PublicUrl = publicUrl };
    }

    // The issuer is compared as a string with the iss of every ID token, so it is kept as written.
    private static string? Issuer(ConfigReader reader, string? text)
    {
        if (text is null)
        {
            reader.Problem(Prefix + "issuer", "is missing; it is the provider's issuer URL, such as https://idp.example.org/realms/bulwark");
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Host.Length == 0 || url.Query.Length > 0 || url.Fragment.Length > 0)
        {
            reader.Problem(Prefix + "issuer", $"'{text}' is not an https:// URL without query or fragment");
            return null;
        }

        if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && ConfigReader.IsLoopback(url)))
        {
            reader.Problem(Prefix + "issuer", $"must be https:// ('{text}'); http:// is allowed only for a provider on this machine");
            return null;
        }

        return text;
    }

    private static Uri? PublicUrl(ConfigReader reader, string? text)
    {
        if (text is null)
        {
            reader.Problem(Prefix + "publicUrl", "is missing; it is the address people reach this server at, such as https://bulwark.example.org");
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" && url.Host.Length > 0 && url.Query.Length == 0 && url.Fragment.Length == 0)
        {
            if (url.Scheme == Uri.UriSchemeHttps || ConfigReader.IsLoopback(url))
            {
                return url;
            }

            reader.Problem(Prefix + "publicUrl", $"must be https:// ('{text}'); the session cookie and the code travel to it");
            return null;
        }

        reader.Problem(Prefix + "publicUrl", $"'{text}' is not an https:// URL without query or fragment");
        return null;
    }

    private static IReadOnlyList<string>? Scopes(ConfigReader reader, JsonElement? section)
    {
        if (section is not { } value || !value.TryGetProperty("scopes", out var found) || found.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (found.ValueKind != JsonValueKind.Array
            || found.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString()) || e.GetString()!.Contains(' ', StringComparison.Ordinal)))
        {
            reader.Problem(Prefix + "scopes", "must be a list of scope names ([\"openid\", \"profile\", …])");
            return null;
        }

        var scopes = found.EnumerateArray().Select(e => e.GetString()!).Distinct(StringComparer.Ordinal).ToList();
        if (!scopes.Contains("openid", StringComparer.Ordinal))
        {
            reader.Problem(Prefix + "scopes", "must hold openid; without it the provider sends no ID token");
            return null;
        }

        return scopes;
    }

    private static TimeSpan? Timeout(ConfigReader reader, double? seconds)
    {
        if (seconds is null or (> 0 and <= 120))
        {
            return seconds is { } s ? TimeSpan.FromSeconds(s) : null;
        }

        reader.Problem(Prefix + "timeoutSeconds", "must be more than 0 and at most 120");
        return null;
    }
}
