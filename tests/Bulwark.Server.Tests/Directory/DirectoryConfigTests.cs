using Bulwark.Server.Directories;

namespace Bulwark.Server.Tests.Directories;

/// <summary>The directory sign-in configuration file: what it sets, what it defaults, and what it refuses.</summary>
public sealed class DirectoryConfigTests : IDisposable
{
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("bulwark-directory-config-").FullName;

    public DirectoryConfigTests()
    {
        File.WriteAllText(Path.Combine(_folder, "ca.crt"), "-----BEGIN CERTIFICATE-----\n");
        File.WriteAllText(Path.Combine(_folder, "service.secret"), "from-the-file\n");
    }

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    private DirectoryConfig Valid(string json)
    {
        var created = DirectoryConfig.Parse(json, "directory.json", _folder);
        Assert.Empty(created.Problems);
        return created.Value!;
    }

    private string[] Problems(string json) =>
        [.. DirectoryConfig.Parse(json, "directory.json", _folder).Problems.Select(p => p.ToString())];

    [Fact]
    public void A_freeipa_directory_needs_only_its_address_base_and_role_map()
    {
        var config = Valid("""
            {
              "directory": { "url": "ldaps://ipa.example.org", "base": "dc=example,dc=org" },
              "roles": { "viewer": ["bulwark-viewers"] }
            }
            """);

        var options = config.Directory!;
        Assert.Equal(636, options.Port);
        Assert.True(options.IsLdaps);
        Assert.Equal("uid={0},cn=users,cn=accounts,{base}", options.UserDn);
        Assert.Equal("cn=groups,cn=accounts,dc=example,dc=org", options.WithBase(options.GroupsDn));
        Assert.Equal(("memberOf", "cn", "nsAccountLock"), (options.MemberOfAttribute, options.GroupNameAttribute, options.DisabledAttribute));
        Assert.Null(options.ServiceDn);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Timeout);
        Assert.Equal([Role.Viewer], config.Roles.RolesFor(["bulwark-viewers"]));
    }

    [Fact]
    public void Every_name_and_attribute_can_be_set_and_paths_are_read_beside_the_file()
    {
        var config = Valid("""
            {
              // Active Directory, found by search.
              "directory": {
                "url": "ldap://dc1.example.org",
                "base": "dc=example,dc=org",
                "caCertificate": "ca.crt",
                "serviceDn": "cn=bulwark,ou=services,dc=example,dc=org",
                "servicePasswordFile": "service.secret",
                "userFilter": "(&(objectClass=user)(sAMAccountName={0}))",
                "usersDn": "ou=people,{base}",
                "groupsDn": "ou=groups,{base}",
                "userNameAttribute": "sAMAccountName",
                "displayNameAttribute": "cn",
                "mailAttribute": "userPrincipalName",
                "memberOfAttribute": "memberOf",
                "groupNameAttribute": "cn",
                "disabledAttribute": "bulwarkDisabled",
                "timeoutSeconds": 2.5
              },
              "roles": {
                "administrator": ["Domain Admins"],
                "products": { "payments-api": { "developer": ["payments-devs"] } },
              }
            }
            """);

        var options = config.Directory!;
        Assert.Equal(389, options.Port);
        Assert.True(options.StartTls);
        Assert.Equal(Path.Combine(_folder, "ca.crt"), options.CaCertificate);
        Assert.Equal("from-the-file", options.ServicePassword);
        Assert.Equal("ou=people,dc=example,dc=org", options.WithBase(options.UsersDn));
        Assert.Equal("sAMAccountName", options.UserNameAttribute);
        Assert.Equal(TimeSpan.FromSeconds(2.5), options.Timeout);
        Assert.Equal([Role.Developer], config.Roles.RolesFor(["payments-devs"], "payments-api"));
        Assert.DoesNotContain("from-the-file", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unencrypted_ldap_is_allowed_only_to_this_machine()
    {
        Valid("""{ "directory": { "url": "ldap://127.0.0.1:3389", "base": "dc=t", "startTls": false }, "roles": { "viewer": ["v"] } }""");
        Valid("""{ "directory": { "url": "ldap://localhost", "base": "dc=t", "startTls": false }, "roles": { "viewer": ["v"] } }""");

        Assert.Equal(
            ["directory.json: directory.startTls: may be false only for a directory on this machine; to ipa.example.org passwords would travel unencrypted"],
            Problems("""{ "directory": { "url": "ldap://ipa.example.org", "base": "dc=t", "startTls": false }, "roles": { "viewer": ["v"] } }"""));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_by_its_key()
    {
        var problems = Problems("""
            {
              "directory": {
                "url": "https://ipa.example.org",
                "userDn": "uid=alice,cn=users",
                "servicePasswordFile": "missing.secret",
                "caCertificate": "missing.crt",
                "timeoutSeconds": 0,
                "startTLS": true
              },
              "roles": { "viewer": "bulwark-viewers", "admin": ["x"], "products": { "api": { "products": [] } } },
              "ledger": {}
            }
            """);

        Assert.Equal(
        [
            "directory.json: ledger: unknown key; known are directory, oidc, roles",
            $"directory.json: directory.startTLS: unknown key; known are url, base, startTls, caCertificate, serviceDn, servicePasswordFile, userDn, userFilter, usersDn, groupsDn, userNameAttribute, displayNameAttribute, mailAttribute, memberOfAttribute, groupNameAttribute, disabledAttribute, timeoutSeconds",
            "directory.json: directory.url: 'https://ipa.example.org' is not ldaps://HOST[:PORT] or ldap://HOST[:PORT]",
            "directory.json: directory.base: is missing; it is the directory's suffix, such as dc=example,dc=org",
            $"directory.json: directory.caCertificate: {Path.Combine(_folder, "missing.crt")} does not exist",
            $"directory.json: directory.servicePasswordFile: {Path.Combine(_folder, "missing.secret")} cannot be read: Could not find file '{Path.Combine(_folder, "missing.secret")}'.",
            "directory.json: directory.timeoutSeconds: must be more than 0 and at most 300",
            "directory.json: roles.viewer: must be a list of group names ([\"bulwark-admins\", …])",
            "directory.json: roles.admin: unknown role; roles are viewer, developer, security-analyst, approver, administrator, products",
            "directory.json: roles.products.api.products: unknown role; roles are viewer, developer, security-analyst, approver, administrator",
            "directory.json: roles: gives no group any role, so no one could sign in; map groups to viewer, developer, security-analyst, approver, administrator",
        ], problems);
    }

    [Theory]
    [InlineData("""{ "url": "ldaps://h", "base": "dc=t", "userDn": "uid=alice,{base}" }""", "directory.userDn: must hold {0} where the user name goes (uid={0},cn=users,cn=accounts,{base})")]
    [InlineData("""{ "url": "ldaps://h", "base": "dc=t", "userFilter": "(uid=alice)", "serviceDn": "uid=s", "servicePasswordFile": "service.secret" }""", "directory.userFilter: must hold {0} where the user name goes ((uid={0}))")]
    [InlineData("""{ "url": "ldaps://h", "base": "dc=t", "userFilter": "(uid={0})" }""", "directory.userFilter: needs a service account to search with (serviceDn and servicePasswordFile)")]
    [InlineData("""{ "url": "ldaps://h", "base": "dc=t", "serviceDn": "uid=s" }""", "directory.serviceDn: and servicePasswordFile go together")]
    [InlineData("""{ "url": "ldaps://h/dc=t", "base": "dc=t" }""", "directory.url: 'ldaps://h/dc=t' is not ldaps://HOST[:PORT] or ldap://HOST[:PORT]")]
    [InlineData("""{ "base": "dc=t" }""", "directory.url: is missing; ldaps://HOST, or ldap://HOST with StartTLS")]
    public void A_directory_that_could_not_sign_anyone_in_is_refused(string directory, string problem) =>
        Assert.Equal(["directory.json: " + problem], Problems($$"""{ "directory": {{directory}}, "roles": { "viewer": ["v"] } }"""));

    [Fact]
    public void A_file_that_is_not_json_or_missing_is_one_problem()
    {
        Assert.StartsWith("directory.json: not valid JSON: ", Assert.Single(Problems("{ \"directory\": ")), StringComparison.Ordinal);
        var missing = Path.Combine(_folder, "nowhere.json");
        Assert.StartsWith($"{missing}: cannot be read: ", Assert.Single(DirectoryConfig.Load(missing).Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_is_loaded_with_its_folder_for_relative_paths()
    {
        var path = Path.Combine(_folder, "directory.json");
        File.WriteAllText(path, """{ "directory": { "url": "ldaps://h", "base": "dc=t", "caCertificate": "ca.crt" }, "roles": { "approver": ["a"] } }""");

        var config = DirectoryConfig.Load(path);

        Assert.Equal(Path.Combine(_folder, "ca.crt"), config.Value?.Directory?.CaCertificate);
    }
}
