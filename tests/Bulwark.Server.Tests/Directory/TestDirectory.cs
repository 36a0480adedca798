using System.DirectoryServices.Protocols;
using System.Net;
using Bulwark.Server.Directories;

namespace Bulwark.Server.Tests.Directories;

/// <summary>
/// The throw-away directory tests/ldap/start-389ds.sh made: its addresses, its certificate authority and how its
/// passwords are made (each account's name joined to the instance's random secret, so none is written down here).
/// <c>BULWARK_TEST_LDAP</c> holds <c>url=…;ldaps=…;base=…;ca=…;service=…;manager=…;secret=…</c>.
/// </summary>
internal static class TestDirectory
{
    private static readonly Dictionary<string, string>? Settings = Read(Environment.GetEnvironmentVariable("BULWARK_TEST_LDAP"));

    public static string? SkipReason => Settings is null
        ? "no LDAP directory: run ./test.sh, which starts one and sets BULWARK_TEST_LDAP (or run tests/ldap/start-389ds.sh DIR PORT as root and source DIR/env)"
        : null;

    public static string Base => Setting("base");

    public static string CaCertificate => Setting("ca");

    public static string Password(string account) => $"{account}-{Setting("secret")}";

    public static string UserDn(string uid) => $"uid={uid},cn=users,cn=accounts,{Base}";

    public static string GroupDn(string name) => $"cn={name},cn=groups,cn=accounts,{Base}";

    /// <summary>StartTLS on the plain port with the instance's authority and the service account: the usual set-up.</summary>
    public static DirectoryOptions Options() => new()
    {
        Url = new Uri(Setting("url")),
        Base = Base,
        CaCertificate = CaCertificate,
        ServiceDn = Setting("service"),
        ServicePassword = Password("bulwark-svc"),
        Timeout = TimeSpan.FromSeconds(10),
    };

    public static DirectoryOptions Ldaps() => Options() with { Url = new Uri(Setting("ldaps")) };

    /// <summary>Changes the directory as its manager, as an administrator would with ldapmodify.</summary>
    public static void Modify(string dn, DirectoryAttributeOperation operation, string attribute, string value)
    {
        using var connection = new LdapConnection(new LdapDirectoryIdentifier(new Uri(Setting("url")).Host, new Uri(Setting("url")).Port), null, AuthType.Basic);
        connection.SessionOptions.ProtocolVersion = 3;
        connection.Bind(new NetworkCredential(Setting("manager"), Password("manager")));
        connection.SendRequest(new ModifyRequest(dn, operation, attribute, value));
    }

    private static string Setting(string key) =>
        Settings?.GetValueOrDefault(key) ?? throw new InvalidOperationException($"BULWARK_TEST_LDAP has no {key}");

    private static Dictionary<string, string>? Read(string? text) => string.IsNullOrWhiteSpace(text)
        ? null
        : text.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim(), StringComparer.Ordinal);
}
