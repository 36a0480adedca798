using System.Net;
using System.Text.Json;
using Bulwark.Server.Directories;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Tests.Directories;

/// <summary>
/// Signing in to the web UI with a directory account, on a server started with a directory file pointing at the real
/// 389 Directory Server test.sh starts: roles from groups decide what a session may do.
/// </summary>
public sealed class DirectorySignInTests : IAsyncLifetime
{
    private string _folder = null!;
    private RunningServer _server = null!;

    public async Task InitializeAsync()
    {
        if (TestDirectory.SkipReason is not null)
        {
            return;
        }

        _folder = System.IO.Directory.CreateTempSubdirectory("bulwark-directory-").FullName;
        var options = TestDirectory.Options();
        var passwordFile = Path.Combine(_folder, "directory-password");
        await File.WriteAllTextAsync(passwordFile, options.ServicePassword + "\n");
        var file = Path.Combine(_folder, "directory.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["directory"] = new Dictionary<string, string>
            {
                ["url"] = options.Url.ToString(),
                ["base"] = options.Base,
                ["caCertificate"] = options.CaCertificate!,
                ["serviceDn"] = options.ServiceDn!,
                ["servicePasswordFile"] = passwordFile,
            },
            ["roles"] = new Dictionary<string, string[]>
            {
                ["administrator"] = ["bulwark-admins"],
                ["approver"] = ["bulwark-approvers"],
                ["security-analyst"] = ["bulwark-analysts"],
                ["viewer"] = ["bulwark-viewers"],
            },
        }));
        var config = DirectoryConfig.Load(file);
        Assert.True(config.Succeeded, string.Join("; ", config.Problems));
        _server = await RunningServer.StartAsync(signInDirectory: config.Value);
        await _server.UploadAsync("api", Reports.Of(["iac"], ("tf-1", "iac", "critical")));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            System.IO.Directory.Delete(_folder, recursive: true);
        }
    }

    [LdapFact]
    public async Task The_sign_in_page_offers_the_directory_form_and_still_the_token_form()
    {
        using var browser = new UiClient(_server);

        var page = await browser.PageAsync("/ui/login");

        Assert.Contains("name=\"user\"", page);
        Assert.Contains("name=\"password\"", page);
        Assert.Contains("name=\"token\"", page);
        using var bootstrap = await browser.SignInAsync(_server.Token!);
        Assert.Equal(HttpStatusCode.Redirect, bootstrap.StatusCode);
    }

    [LdapFact]
    public async Task An_administrator_signs_in_with_the_directory_password_and_may_change_a_state()
    {
        using var browser = new UiClient(_server);
        var id = await IdOf("tf-1");

        using var signIn = await browser.SignInAsUserAsync("alice", TestDirectory.Password("alice"));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var page = await browser.PageAsync($"/ui/findings/{id}");
        using var changed = await browser.PostFormAsync($"/ui/findings/{id}/state", $"/ui/findings/{id}", new() { ["state"] = "confirmed", ["reason"] = "seen in production" });

        Assert.Contains("name=\"reason\"", page);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var detail = await _server.GetAsync($"/api/v1/findings/{id}");
        Assert.Equal("confirmed", detail.GetProperty("finding").GetProperty("state").GetString());
        Assert.Equal("alice", detail.GetProperty("history").EnumerateArray().Last().GetProperty("actor").GetString());
        await using var store = _server.OpenStore();
        var session = await store.UiSessions.SingleAsync(s => s.UserName == "alice");
        Assert.Null(session.TokenId);
        Assert.Equal(TestDirectory.UserDn("alice"), session.UserDn, ignoreCase: true);
        Assert.Equal(["approver", "administrator"], session.Roles!.Split('\n'));
        Assert.DoesNotContain(TestDirectory.Password("alice"), session.Hash + session.Roles + session.UserDn, StringComparison.Ordinal);
    }

    [LdapFact]
    public async Task A_viewer_may_read_but_not_change_a_state()
    {
        using var browser = new UiClient(_server);
        var id = await IdOf("tf-1");

        using var signIn = await browser.SignInAsUserAsync("erin", TestDirectory.Password("erin"));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var page = await browser.PageAsync($"/ui/findings/{id}");
        using var post = await browser.PostFormAsync($"/ui/findings/{id}/state", $"/ui/findings/{id}", new() { ["state"] = "false-positive", ["reason"] = "not mine to say" });

        Assert.Contains("Finding tf-1", page);
        Assert.DoesNotContain("name=\"reason\"", page);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal("open", (await _server.GetAsync($"/api/v1/findings/{id}")).GetProperty("finding").GetProperty("state").GetString());
    }

    [LdapFact]
    public async Task A_wrong_password_and_a_disabled_account_get_the_same_answer()
    {
        using var browser = new UiClient(_server);

        using var wrong = await browser.SignInAsUserAsync("alice", TestDirectory.Password("bob"));
        using var disabled = await browser.SignInAsUserAsync("carol", TestDirectory.Password("carol"));
        using var nobody = await browser.SignInAsUserAsync("mallory", TestDirectory.Password("mallory"));

        Assert.All(new[] { wrong, disabled, nobody }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        var (wrongText, disabledText, nobodyText) = (Problem(await wrong.Content.ReadAsStringAsync()), Problem(await disabled.Content.ReadAsStringAsync()), Problem(await nobody.Content.ReadAsStringAsync()));
        Assert.Equal("Wrong user name or password.", wrongText);
        Assert.Equal(wrongText, disabledText);
        Assert.Equal(wrongText, nobodyText);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Http.GetAsync("/ui")).StatusCode);
    }

    [LdapFact]
    public async Task Five_wrong_passwords_lock_the_address_out_as_unknown_tokens_do()
    {
        using var browser = new UiClient(_server);
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await browser.SignInAsUserAsync("erin", TestDirectory.Password("bob"));
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using var locked = await browser.SignInAsUserAsync("erin", TestDirectory.Password("erin"));

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Contains("Too many failed sign-ins", await locked.Content.ReadAsStringAsync());
    }

    [LdapFact]
    public async Task A_user_in_no_mapped_group_is_refused_with_the_reason()
    {
        using var browser = new UiClient(_server);

        using var refused = await browser.SignInAsUserAsync("frank", TestDirectory.Password("frank"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(RoleMap.NoRoleReason, Problem(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Http.GetAsync("/ui")).StatusCode);
        await using var store = _server.OpenStore();
        Assert.Equal(0, await store.UiSessions.CountAsync());
    }

    private static string Problem(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "id=\"login-problem\">([^<]*)</p>").Groups[1].Value;

    private async Task<long> IdOf(string fingerprint) =>
        (await _server.GetAsync("/api/v1/findings")).GetProperty("items").EnumerateArray()
            .Single(f => f.GetProperty("fingerprint").GetString() == fingerprint).GetProperty("id").GetInt64();
}
