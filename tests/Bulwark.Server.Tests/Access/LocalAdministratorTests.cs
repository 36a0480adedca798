using System.Net;

namespace Bulwark.Server.Tests.Access;

/// <summary>The one local account: made on the command line, signs in with a password, and is removed (with the bootstrap token) once the directory works.</summary>
public sealed class LocalAdministratorTests : IAsyncLifetime
{
    private const string Password = "correct horse battery staple";
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ServerOptions Options => new(ServerOptions.DefaultListen, _server.DataDirectory, null);

    [Fact]
    public async Task The_local_administrator_signs_in_with_its_password_and_a_wrong_one_reads_like_any_other()
    {
        Assert.Null(await Auth.LocalAdministrator.CreateAsync(Options, "root-admin", Password, CancellationToken.None));
        using var browser = new UiClient(_server);

        var form = await browser.PageAsync("/ui/login");
        using var wrong = await browser.SignInAsUserAsync("root-admin", "not the password");
        using var unknown = await browser.SignInAsUserAsync("nobody", Password);
        using var right = await browser.SignInAsUserAsync("root-admin", Password);
        var tokens = await browser.PageAsync("/ui/tokens");

        Assert.Contains("name=\"password\"", form);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains(Web.LoginPage.WrongPassword, await wrong.Content.ReadAsStringAsync());
        Assert.Contains(Web.LoginPage.WrongPassword, await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains("root-admin", tokens);
        await using var store = _server.OpenStore();
        var kept = store.Settings.Single(s => s.Key == "local-administrator").Value;
        Assert.DoesNotContain(Password, kept);
        Assert.Contains("\"Iterations\":600000", kept);
    }

    [Fact]
    public async Task Only_one_is_made_and_a_short_password_is_refused()
    {
        Assert.Contains("at least 12", await Auth.LocalAdministrator.CreateAsync(Options, "a", "short", CancellationToken.None));
        Assert.Null(await Auth.LocalAdministrator.CreateAsync(Options, "first", Password, CancellationToken.None));
        Assert.Contains("already (first)", await Auth.LocalAdministrator.CreateAsync(Options, "second", Password, CancellationToken.None));
    }

    [Fact]
    public async Task Disabling_ends_its_sessions_and_revokes_the_bootstrap_token()
    {
        Assert.Null(await Auth.LocalAdministrator.CreateAsync(Options, "root-admin", Password, CancellationToken.None));
        using var browser = new UiClient(_server);
        using (var signedIn = await browser.SignInAsUserAsync("root-admin", Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        var done = await Auth.LocalAdministrator.DisableAsync(Options, CancellationToken.None);

        Assert.Contains("root-admin removed", done);
        Assert.Contains("1 bootstrap token(s) revoked", done);
        using var page = await browser.Http.GetAsync("/ui/tokens");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode); // back to the sign-in page
        using var again = await browser.SignInAsUserAsync("root-admin", Password);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(6)); // the token cache keeps a valid token for up to five seconds
        Assert.Equal(HttpStatusCode.Unauthorized, (await _server.Client.GetAsync("/api/v1/findings")).StatusCode);
    }

    [Fact]
    public async Task A_new_database_with_a_local_administrator_prints_no_bootstrap_token()
    {
        var directory = Directory.CreateTempSubdirectory("bulwark-local-admin-").FullName;
        Assert.Null(await Auth.LocalAdministrator.CreateAsync(new ServerOptions(ServerOptions.DefaultListen, directory, null), "root-admin", Password, CancellationToken.None));

        await using var server = await RunningServer.StartAsync(directory);

        Assert.Null(server.Token);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
