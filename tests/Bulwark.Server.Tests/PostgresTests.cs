namespace Bulwark.Server.Tests;

/// <summary>The same server on PostgreSQL, and two server processes sharing one database.</summary>
public sealed class PostgresTests
{
    [PostgresFact]
    public async Task Two_servers_on_one_database_share_everything()
    {
        var database = Postgres.NewDatabase();
        // Started together: the schema is created once and exactly one bootstrap token is made.
        var starting = new[] { RunningServer.StartAsync(database: database), RunningServer.StartAsync(database: database) };
        var servers = await Task.WhenAll(starting);
        await using var a = servers[0];
        await using var b = servers[1];
        var tokens = servers.Select(s => s.Token).OfType<string>().ToList();
        Assert.Single(tokens);
        foreach (var server in servers)
        {
            server.Client.DefaultRequestHeaders.Authorization = new("Bearer", tokens[0]);
        }

        await a.UploadAsync("api", Reports.Of(["iac"], ("x", "iac", "high"), ("y", "iac", "low")));
        var fromB = await b.GetAsync("/api/v1/findings?product=api");
        Assert.Equal(2, fromB.GetProperty("total").GetInt32());

        var id = fromB.GetProperty("items")[0].GetProperty("id").GetInt64();
        await b.PostJsonAsync($"/api/v1/findings/{id}/state", new { state = "confirmed", reason = "reproduced" });
        var second = await b.UploadAsync("api", Reports.Of(["iac"], ("x", "iac", "high")));

        Assert.Equal(1, second.GetProperty("fixed").GetInt32());
        var seenByA = await a.GetAsync($"/api/v1/findings/{id}");
        Assert.Equal("confirmed", seenByA.GetProperty("finding").GetProperty("state").GetString());
        Assert.Equal(2, (await a.GetAsync("/api/v1/scans?product=api")).GetArrayLength());
    }

    [PostgresFact]
    public async Task A_web_ui_session_opened_on_one_server_is_good_on_the_other_and_ends_on_both()
    {
        var database = Postgres.NewDatabase();
        await using var a = await RunningServer.StartAsync(database: database);
        await using var b = await RunningServer.StartAsync(database: database);
        using var browser = await UiClient.SignedInAsync(a, a.Token!);

        // One browser, one cookie jar: the cookie a set is sent to b (cookies do not depend on the port).
        var onB = await browser.PageAsync(new Uri(b.Client.BaseAddress!, "/ui").ToString());
        using var signOut = await browser.PostFormAsync(new Uri(b.Client.BaseAddress!, "/ui/logout").ToString(), new Uri(b.Client.BaseAddress!, "/ui").ToString(), []);

        Assert.Contains("Dashboard", onB);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signOut.StatusCode);
        await browser.PageAsync("/ui", System.Net.HttpStatusCode.Redirect);
    }

    [PostgresFact]
    public async Task Uploads_to_two_servers_at_once_for_one_new_product_all_land_once()
    {
        var database = Postgres.NewDatabase();
        await using var a = await RunningServer.StartAsync(database: database);
        await using var b = await RunningServer.StartAsync(database: database);
        b.Client.DefaultRequestHeaders.Authorization = a.Client.DefaultRequestHeaders.Authorization;

        var uploads = Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? a : b).UploadAsync("burst", Reports.Of(["iac"], ("shared", "iac", "high"), ($"own-{i}", "iac", "low"))));
        await Task.WhenAll(uploads);

        var all = await a.GetAsync("/api/v1/findings?product=burst&pageSize=100");
        Assert.Equal(9, all.GetProperty("total").GetInt32());
        Assert.Single((await b.GetAsync("/api/v1/products")).EnumerateArray());
    }

    [PostgresFact]
    public async Task The_life_cycle_holds_on_postgresql_and_a_restart_keeps_it()
    {
        var database = Postgres.NewDatabase();
        string token;
        await using (var first = await RunningServer.StartAsync(database: database))
        {
            token = first.Token!;
            await first.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high"), ("b", "iac", "low")));
            await first.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high")));
            await first.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high"), ("b", "iac", "low")));
        }

        await using var again = await RunningServer.StartAsync(database: database);
        Assert.Null(again.Token);
        again.Client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var reopened = await again.GetAsync("/api/v1/findings?state=reopened");
        Assert.Equal("b", reopened.GetProperty("items")[0].GetProperty("fingerprint").GetString());
        Assert.Equal("ready\n", await again.Client.GetStringAsync("/readyz"));
    }
}
