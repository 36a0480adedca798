using System.DirectoryServices.Protocols;
using System.Net;
using System.Net.Sockets;
using Bulwark.Server.Directories;

namespace Bulwark.Server.Tests.Directories;

/// <summary>Signing in against the real 389 Directory Server test.sh starts, with FreeIPA's layout.</summary>
public sealed class LdapLoginTests
{
    private static readonly RoleMap Roles = new(new Dictionary<Role, IReadOnlyList<string>>
    {
        [Role.Administrator] = ["bulwark-admins"],
        [Role.Approver] = ["bulwark-approvers"],
        [Role.SecurityAnalyst] = ["bulwark-analysts"],
        [Role.Viewer] = ["bulwark-viewers"],
    });

    private static Task<LoginResult> SignIn(string user, string password, DirectoryOptions? options = null) =>
        new LdapDirectory(options ?? TestDirectory.Options()).AuthenticateAsync(user, password);

    [LdapFact]
    public async Task The_right_password_signs_in_with_the_name_mail_and_groups_from_the_directory()
    {
        var result = Assert.IsType<LoginResult.Authenticated>(await SignIn("alice", TestDirectory.Password("alice")));

        Assert.Equal(TestDirectory.UserDn("alice"), result.UserDn, ignoreCase: true);
        Assert.Equal("alice", result.UserName);
        Assert.Equal("Alice Admin", result.DisplayName);
        Assert.Equal("alice@example.test", result.Email);
        Assert.Equal(["bulwark-admins", "bulwark-approvers"], result.Groups);
        Assert.Equal([Role.Approver, Role.Administrator], Roles.RolesFor(result.Groups).Order());
    }

    [LdapFact]
    public async Task A_name_typed_in_another_case_is_the_directory_s_spelling_of_it()
    {
        var result = Assert.IsType<LoginResult.Authenticated>(await SignIn("ALICE", TestDirectory.Password("alice")));

        Assert.Equal("alice", result.UserName);
    }

    [LdapFact]
    public async Task A_wrong_password_is_wrong_credentials() =>
        Assert.IsType<LoginResult.WrongCredentials>(await SignIn("alice", TestDirectory.Password("bob")));

    [LdapFact]
    public async Task An_unknown_user_is_told_apart_from_a_wrong_password_by_no_one() =>
        Assert.IsType<LoginResult.WrongCredentials>(await SignIn("mallory", TestDirectory.Password("mallory")));

    [LdapFact]
    public async Task A_disabled_account_is_disabled_even_with_its_right_password() =>
        Assert.IsType<LoginResult.Disabled>(await SignIn("carol", TestDirectory.Password("carol")));

    [LdapFact]
    public async Task Without_a_service_account_a_disabled_account_cannot_be_told_apart_and_the_reason_says_so()
    {
        var options = TestDirectory.Options() with { ServiceDn = null, ServicePassword = null };

        var result = Assert.IsType<LoginResult.Unavailable>(await SignIn("carol", TestDirectory.Password("carol"), options));

        Assert.Contains("serviceDn", result.Reason, StringComparison.Ordinal);
    }

    [LdapFact]
    public async Task A_user_in_no_mapped_group_signs_in_but_gets_no_role_and_is_not_let_in()
    {
        var result = Assert.IsType<LoginResult.Authenticated>(await SignIn("frank", TestDirectory.Password("frank")));

        Assert.Equal(["staff"], result.Groups);
        Assert.Empty(Roles.RolesFor(result.Groups));
        Assert.False(Roles.GrantsAnyRole(result.Groups));
    }

    [LdapFact]
    public async Task Groups_nested_in_a_mapped_group_give_its_role()
    {
        var result = Assert.IsType<LoginResult.Authenticated>(await SignIn("dave", TestDirectory.Password("dave")));

        Assert.Equal(["bulwark-analysts", "team-red"], result.Groups);
        Assert.Equal([Role.SecurityAnalyst], Roles.RolesFor(result.Groups));
    }

    [LdapFact]
    public async Task An_empty_password_is_refused_without_asking_the_directory()
    {
        Assert.IsType<LoginResult.WrongCredentials>(await SignIn("alice", ""));
        // Against a directory that is not there the answer is the same, so no unauthenticated bind was even tried.
        var nowhere = TestDirectory.Options() with { Url = new Uri($"ldap://127.0.0.1:{UnusedPort()}") };
        Assert.IsType<LoginResult.WrongCredentials>(await SignIn("alice", "", nowhere));
    }

    [LdapTheory]
    [InlineData("*", false)]
    [InlineData(")(uid=*", false)]
    [InlineData("alice,cn=x", false)]
    [InlineData("alice)(|(uid=*", false)]
    [InlineData("*", true)]
    [InlineData(")(uid=*", true)]
    [InlineData("alice,cn=x", true)]
    [InlineData("alice)(|(uid=*", true)]
    [InlineData("*)(uid=*))(|(uid=*", true)]
    public async Task An_injection_in_the_user_name_signs_no_one_in(string user, bool searchForUser)
    {
        var options = searchForUser ? TestDirectory.Options() with { UserFilter = "(&(objectClass=person)(uid={0}))" } : TestDirectory.Options();

        Assert.IsType<LoginResult.WrongCredentials>(await SignIn(user, TestDirectory.Password("alice"), options));
        Assert.IsType<LoginResult.Authenticated>(await SignIn("alice", TestDirectory.Password("alice"), options));
    }

    [LdapFact]
    public async Task Ldaps_with_the_directory_s_authority_signs_in_and_without_it_the_certificate_is_refused()
    {
        Assert.IsType<LoginResult.Authenticated>(await SignIn("bob", TestDirectory.Password("bob"), TestDirectory.Ldaps()));

        var untrusted = TestDirectory.Ldaps() with { CaCertificate = null };
        var result = Assert.IsType<LoginResult.Unavailable>(await SignIn("bob", TestDirectory.Password("bob"), untrusted));
        Assert.Contains("caCertificate", result.Reason, StringComparison.Ordinal);
    }

    [LdapFact]
    public async Task StartTls_with_the_directory_s_authority_signs_in_and_without_it_the_certificate_is_refused()
    {
        Assert.IsType<LoginResult.Authenticated>(await SignIn("bob", TestDirectory.Password("bob")));

        var untrusted = TestDirectory.Options() with { CaCertificate = null };
        var result = Assert.IsType<LoginResult.Unavailable>(await SignIn("bob", TestDirectory.Password("bob"), untrusted));
        Assert.Contains("caCertificate", result.Reason, StringComparison.Ordinal);
    }

    [LdapFact]
    public async Task A_group_change_counts_at_the_next_sign_in()
    {
        var approvers = TestDirectory.GroupDn("bulwark-approvers");
        var before = Assert.IsType<LoginResult.Authenticated>(await SignIn("grace", TestDirectory.Password("grace")));
        Assert.Empty(before.Groups);

        TestDirectory.Modify(approvers, DirectoryAttributeOperation.Add, "member", TestDirectory.UserDn("grace"));
        try
        {
            var added = Assert.IsType<LoginResult.Authenticated>(await SignIn("grace", TestDirectory.Password("grace")));
            Assert.Equal(["bulwark-approvers"], added.Groups);
            Assert.Equal([Role.Approver], Roles.RolesFor(added.Groups));
        }
        finally
        {
            TestDirectory.Modify(approvers, DirectoryAttributeOperation.Delete, "member", TestDirectory.UserDn("grace"));
        }

        var removed = Assert.IsType<LoginResult.Authenticated>(await SignIn("grace", TestDirectory.Password("grace")));
        Assert.Empty(removed.Groups);
    }

    [LdapFact]
    public async Task Searching_with_a_refused_service_account_is_unavailable_and_says_which_account()
    {
        var options = TestDirectory.Options() with { UserFilter = "(uid={0})", ServicePassword = TestDirectory.Password("nobody") };

        var result = Assert.IsType<LoginResult.Unavailable>(await SignIn("alice", TestDirectory.Password("alice"), options));

        Assert.Contains("uid=bulwark-svc", result.Reason, StringComparison.Ordinal);
    }

    [LdapFact]
    public async Task A_user_filter_that_matches_several_people_signs_no_one_in_and_says_why()
    {
        var options = TestDirectory.Options() with { UserFilter = "(|(uid={0})(objectClass=inetOrgPerson))" };

        var result = Assert.IsType<LoginResult.Unavailable>(await SignIn("alice", TestDirectory.Password("alice"), options));

        Assert.Contains("more than one entry under cn=users,cn=accounts,dc=example,dc=test matches", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_directory_that_is_down_is_unavailable_with_a_readable_reason()
    {
        var port = UnusedPort();
        var options = new DirectoryOptions { Url = new Uri($"ldap://127.0.0.1:{port}"), Base = "dc=example,dc=test", Timeout = TimeSpan.FromSeconds(5) };

        var result = Assert.IsType<LoginResult.Unavailable>(await new LdapDirectory(options).AuthenticateAsync("alice", "a password"));

        Assert.Equal($"ldap://127.0.0.1:{port}: the directory does not answer (is it running, and are the host and port right?)", result.Reason);
    }

    [Fact]
    public async Task A_directory_that_accepts_but_never_answers_is_given_up_on_after_the_timeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var options = new DirectoryOptions { Url = new Uri($"ldap://127.0.0.1:{port}"), Base = "dc=example,dc=test", Timeout = TimeSpan.FromSeconds(1) };

        var result = Assert.IsType<LoginResult.Unavailable>(await new LdapDirectory(options).AuthenticateAsync("alice", "a password"));

        Assert.Equal($"ldap://127.0.0.1:{port}: no answer within 1 s", result.Reason);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
