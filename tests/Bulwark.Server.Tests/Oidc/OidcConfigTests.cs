using Bulwark.Server.Directories;

namespace Bulwark.Server.Tests.Oidc;

/// <summary>The <c>oidc</c> section of the sign-in file: what it sets, what it defaults, and what it refuses, all at once.</summary>
public sealed class OidcConfigTests : IDisposable
{
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("bulwark-oidc-config-").FullName;

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    private string[] Problems(string json) =>
        [.. DirectoryConfig.Parse(json, "sign-in.json", _folder).Problems.Select(p => p.ToString())];

    [Fact]
    public void A_provider_alone_is_enough_and_its_defaults_are_those_of_most_providers()
    {
        var created = DirectoryConfig.Parse("""
            {
              "oidc": { "issuer": "https://idp.example.org/realms/x", "clientId": "bulwark", "publicUrl": "https://bulwark.example.org/" },
              "roles": { "viewer": ["bulwark-viewers"] }
            }
            """, "sign-in.json", _folder);

        Assert.Empty(created.Problems);
        var oidc = created.Value!.Oidc!;
        Assert.Null(created.Value.Directory);
        Assert.Equal("https://idp.example.org/realms/x", oidc.Issuer);
        Assert.Equal("https://bulwark.example.org/ui/login/oidc/callback", oidc.RedirectUri);
        Assert.Equal(("groups", "preferred_username"), (oidc.GroupsClaim, oidc.UserNameClaim));
        Assert.Equal(["openid", "profile", "email"], oidc.Scopes);
        Assert.Null(oidc.ClientSecret);
    }

    [Fact]
    public void The_client_secret_is_read_from_its_file_beside_the_config_and_every_key_can_be_set()
    {
        File.WriteAllText(Path.Combine(_folder, "oidc.secret"), "s3cret\n");

        var created = DirectoryConfig.Parse("""
            {
              "directory": { "url": "ldaps://ipa.example.org", "base": "dc=example,dc=org" },
              "oidc": {
                "issuer": "https://login.microsoftonline.com/tenant/v2.0", "clientId": "app-id", "clientSecretFile": "oidc.secret",
                "publicUrl": "https://tools.example.org/bulwark", "groupsClaim": "roles", "userNameClaim": "email",
                "scopes": ["openid", "email"], "label": "Sign in with Entra ID", "timeoutSeconds": 5
              },
              "roles": { "viewer": ["bulwark-viewers"] }
            }
            """, "sign-in.json", _folder);

        Assert.Empty(created.Problems);
        var oidc = created.Value!.Oidc!;
        Assert.NotNull(created.Value.Directory);
        Assert.Equal("s3cret", oidc.ClientSecret);
        Assert.Equal("https://tools.example.org/bulwark/ui/login/oidc/callback", oidc.RedirectUri);
        Assert.Equal(("roles", "email", "Sign in with Entra ID"), (oidc.GroupsClaim, oidc.UserNameClaim, oidc.Label));
        Assert.Equal(["openid", "email"], oidc.Scopes);
        Assert.Equal(TimeSpan.FromSeconds(5), oidc.Timeout);
    }

    [Fact]
    public void A_missing_client_id_an_unknown_key_and_a_plain_http_issuer_are_reported_together()
    {
        var problems = Problems("""
            {
              "oidc": { "issuer": "http://idp.example.org/realms/x", "publicUrl": "https://bulwark.example.org", "clientSecret": "inline" },
              "roles": { "viewer": ["v"] }
            }
            """);

        Assert.Equal(3, problems.Length);
        Assert.Contains(problems, p => p.StartsWith("sign-in.json: oidc.clientSecret: unknown key", StringComparison.Ordinal));
        Assert.Contains("sign-in.json: oidc.clientId: is missing; it is the client id this server has at the provider", problems);
        Assert.Contains("sign-in.json: oidc.issuer: must be https:// ('http://idp.example.org/realms/x'); http:// is allowed only for a provider on this machine", problems);
    }

    [Theory]
    [InlineData("""{ "issuer": "https://i", "clientId": "c", "publicUrl": "https://b", "scopes": ["profile"] }""", "oidc.scopes: must hold openid; without it the provider sends no ID token")]
    [InlineData("""{ "issuer": "https://i", "clientId": "c", "publicUrl": "http://bulwark.example.org" }""", "oidc.publicUrl: must be https:// ('http://bulwark.example.org'); the session cookie and the code travel to it")]
    [InlineData("""{ "issuer": "https://i", "clientId": "c" }""", "oidc.publicUrl: is missing; it is the address people reach this server at, such as https://bulwark.example.org")]
    [InlineData("""{ "issuer": "https://i?x=1", "clientId": "c", "publicUrl": "https://b" }""", "oidc.issuer: 'https://i?x=1' is not an https:// URL without query or fragment")]
    [InlineData("""{ "issuer": "https://i", "clientId": "c", "publicUrl": "https://b", "clientSecretFile": "absent.secret" }""", "oidc.clientSecretFile: ")]
    public void Unsafe_or_unusable_settings_are_refused_by_key(string section, string problem)
    {
        var problems = Problems($$"""{ "oidc": {{section}}, "roles": { "viewer": ["v"] } }""");

        Assert.StartsWith("sign-in.json: " + problem, Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_provider_on_this_machine_may_use_plain_http()
    {
        Assert.Empty(Problems("""{ "oidc": { "issuer": "http://127.0.0.1:8180/realms/x", "clientId": "c", "publicUrl": "http://localhost:8080" }, "roles": { "viewer": ["v"] } }"""));
    }

    [Fact]
    public void Without_a_directory_or_a_provider_nobody_could_sign_in()
    {
        var problems = Problems("""{ "roles": { "viewer": ["v"] } }""");

        Assert.Equal(["sign-in.json: directory: is missing; people sign in with a directory (directory), an OpenID Connect provider (oidc), or both"], problems);
    }
}
