using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Bulwark.Server.Tests.Access;

/// <summary>
/// Each role can do exactly what it should, on every endpoint the server maps: the table below names, for every route,
/// the roles allowed (as the issue's roles are meant, written out here rather than read from the server's own table),
/// and the test calls each route as each role and checks it is let through or refused with 403. A route the server maps
/// that has no row fails the test, so a new endpoint cannot arrive unchecked.
/// </summary>
public sealed class RoleMatrixTests : IAsyncLifetime
{
    private const string All = "VDSAM";
    private static readonly (char Letter, string Role)[] Roles =
        [('V', "viewer"), ('D', "developer"), ('S', "security-analyst"), ('A', "approver"), ('M', "administrator")];

    // Method, route pattern, who may (role letters; "anonymous" for routes open to all), and the call to make.
    private static readonly Row[] Table =
    [
        new("GET", "/", Anonymous, "/"),
        new("GET", "/healthz", Anonymous, "/healthz"),
        new("GET", "/readyz", Anonymous, "/readyz"),
        new("GET", "/api/{documentName}/openapi.json", Anonymous, "/api/v1/openapi.json"),
        new("GET", "/ui/login", Anonymous, "/ui/login"),
        new("POST", "/ui/login", Anonymous, "/ui/login", Form: true),
        new("GET", "/ui/login/oidc", Anonymous, "/ui/login/oidc"),
        new("GET", "/ui/login/oidc/callback", Anonymous, "/ui/login/oidc/callback"),
        new("GET", "/ui/site.css", Anonymous, "/ui/site.css"),

        new("GET", "/metrics", All, "/metrics"),
        new("GET", "/api/v1/findings", All, "/api/v1/findings?product=shop"),
        new("GET", "/api/v1/findings/{id:long}", All, "/api/v1/findings/{finding}"),
        new("POST", "/api/v1/findings/{id:long}/state", "SM", "/api/v1/findings/{finding}/state", """{"state":"confirmed","reason":"role matrix"}"""),
        new("POST", "/api/v1/findings/state", "SM", "/api/v1/findings/state", """{"ids":[{finding}],"state":"confirmed","reason":"role matrix"}"""),
        new("GET", "/api/v1/products", All, "/api/v1/products"),
        new("GET", "/api/v1/products/{name}/stats", All, "/api/v1/products/shop/stats"),
        new("GET", "/api/v1/scans", All, "/api/v1/scans"),
        new("POST", "/api/v1/scans", "DSM", "/api/v1/scans?product=shop", "{report}"),
        new("GET", "/api/v1/sla", All, "/api/v1/sla"),
        new("PUT", "/api/v1/sla", "DSM", "/api/v1/sla", """{"critical":7,"reason":"role matrix"}"""),
        new("GET", "/api/v1/changes", All, "/api/v1/changes"),
        new("GET", "/api/v1/changes/{id:long}", All, "/api/v1/changes/{change}"),
        new("POST", "/api/v1/changes", "DSM", "/api/v1/changes", """{"kind":"deploy","subject":"shop@1.0","reason":"role matrix"}"""),
        new("POST", "/api/v1/changes/{id:long}/approve", "A", "/api/v1/changes/{change}/approve", """{"reason":"role matrix"}"""),
        new("POST", "/api/v1/changes/{id:long}/reject", "A", "/api/v1/changes/{change}/reject", """{"reason":"role matrix"}"""),
        new("POST", "/api/v1/changes/{id:long}/cancel", Requester, "/api/v1/changes/{change}/cancel", "{}"),
        new("GET", "/api/v1/tokens", All, "/api/v1/tokens"),
        new("POST", "/api/v1/tokens", All, "/api/v1/tokens", """{"name":"made-by-matrix","scope":"read","days":1}"""),
        new("DELETE", "/api/v1/tokens/{id:long}", All, "/api/v1/tokens/{spare}"),
        new("GET", "/api/v1/audit", "SAM", "/api/v1/audit"),
        new("GET", "/api/v1/deliveries", "M", "/api/v1/deliveries?state=dead"),
        new("POST", "/api/v1/deliveries/{id:long}/retry", "M", "/api/v1/deliveries/999999/retry", "{}"),

        new("GET", "/ui/", All, "/ui/"),
        new("GET", "/ui/findings", All, "/ui/findings"),
        new("GET", "/ui/findings/{id:long}", All, "/ui/findings/{finding}"),
        new("GET", "/ui/findings/{id:long}/state", All, "/ui/findings/{finding}/state"),
        new("POST", "/ui/findings/{id:long}/state", "SM", "/ui/findings/{finding}/state", "state=confirmed&reason=role+matrix", Form: true),
        new("GET", "/ui/products", All, "/ui/products"),
        new("GET", "/ui/products/{**name}", All, "/ui/products/shop"),
        new("GET", "/ui/tokens", All, "/ui/tokens"),
        new("POST", "/ui/tokens", All, "/ui/tokens", "name=ui-matrix&scope=read&days=1", Form: true),
        new("POST", "/ui/tokens/{id:long}/revoke", All, "/ui/tokens/{spare}/revoke", "", Form: true),
        new("GET", "/ui/audit", "SAM", "/ui/audit"),
        new("GET", "/ui/changes", All, "/ui/changes"),
        new("GET", "/ui/changes/{id:long}", All, "/ui/changes/{change}"),
        new("POST", "/ui/changes/{id:long}/approve", "A", "/ui/changes/{change}/approve", "reason=role+matrix", Form: true),
        new("POST", "/ui/changes/{id:long}/reject", "A", "/ui/changes/{change}/reject", "reason=role+matrix", Form: true),
        new("POST", "/ui/changes/{id:long}/cancel", Requester, "/ui/changes/{change}/cancel", "", Form: true),
        new("GET", "/ui/deliveries", "M", "/ui/deliveries"),
        new("POST", "/ui/deliveries/{id:long}/retry", "M", "/ui/deliveries/999999/retry", "", Form: true),
        new("POST", "/ui/logout", All, "/ui/logout", "", Form: true),
        new("GET", "/ui/{**rest}", All, "/ui/no-such-page"),
    ];

    private const string Anonymous = "anonymous";

    // Only the person who asked may withdraw a request: none of the roles here, as someone else asked.
    private const string Requester = "";

    private RunningServer _server = null!;
    private readonly string _ledger = Path.Combine(Directory.CreateTempSubdirectory("bulwark-matrix-").FullName, "audit.ledger");
    private long _finding;

    public async Task InitializeAsync()
    {
        Bulwark.Ledger.Ledger.Create(_ledger, "bulwark.test/matrix").Value!.Dispose();
        _server = await RunningServer.StartAsync(ledger: _ledger);
        await _server.UploadAsync("shop", Reports.Of(["iac"], ("m-1", "iac", "high")));
        _finding = (await _server.GetAsync("/api/v1/findings?product=shop")).GetProperty("items")[0].GetProperty("id").GetInt64();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void Every_route_the_server_maps_has_a_row()
    {
        var mapped = _server.Endpoints.Select(e => $"{e.Method} {e.Pattern}").ToHashSet();
        var rows = Table.Select(r => $"{r.Method} {r.Pattern}").ToHashSet();
        Assert.Empty(mapped.Except(rows));
        Assert.Empty(rows.Except(mapped));
    }

    [Fact]
    public async Task Each_role_gets_exactly_its_api_routes()
    {
        var outcomes = new List<string>();
        foreach (var (letter, role) in Roles)
        {
            foreach (var listed in Table.Where(r => r.Who != Anonymous && !r.Path.StartsWith("/ui/", StringComparison.Ordinal)))
            {
                var row = await WithChangeAsync(listed);
                var (token, spare) = await TokensOfAsync(role);
                using var client = _server.ClientFor(token);
                using var response = await client.SendAsync(Request(row, spare));
                if (Judge(row, letter, role, response.StatusCode) is { } wrong)
                {
                    outcomes.Add(wrong);
                }
            }
        }

        Assert.Empty(outcomes);
    }

    [Fact]
    public async Task Each_role_gets_exactly_its_web_ui_routes()
    {
        var outcomes = new List<string>();
        foreach (var (letter, role) in Roles)
        {
            foreach (var listed in Table.Where(r => r.Who != Anonymous && r.Path.StartsWith("/ui/", StringComparison.Ordinal)))
            {
                var row = await WithChangeAsync(listed);
                var (token, spare) = await TokensOfAsync(role);
                using var browser = await UiClient.SignedInAsync(_server, token);
                var path = Fill(row.Path, spare);
                HttpResponseMessage response;
                if (row.Form)
                {
                    var fields = (Fill(row.Body ?? "", spare)).Split('&', StringSplitOptions.RemoveEmptyEntries)
                        .Select(p => p.Split('=')).ToDictionary(p => p[0], p => WebUtility.UrlDecode(p[1]));
                    response = await browser.PostFormAsync(path, "/ui/tokens", fields);
                }
                else
                {
                    response = await browser.Http.GetAsync(path);
                }

                using (response)
                {
                    if (Judge(row, letter, role, response.StatusCode) is { } wrong)
                {
                    outcomes.Add(wrong);
                }
                }
            }
        }

        Assert.Empty(outcomes);
    }

    [Fact]
    public async Task Without_credentials_only_the_open_routes_answer()
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _server.Client.BaseAddress };
        var outcomes = new List<string>();
        foreach (var listed in Table)
        {
            var row = await WithChangeAsync(listed);
            using var response = await anonymous.SendAsync(Request(row, 0));
            var status = response.StatusCode;
            var open = row.Who == Anonymous;
            // The UI sends a stranger to its sign-in page; the API answers 401.
            var refused = status == HttpStatusCode.Unauthorized
                || (status == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("/ui/login", StringComparison.Ordinal) == true && row.Path != "/")
                || (row.Form && status == HttpStatusCode.BadRequest && !open); // a UI form without the antiforgery token is refused before anything else
            if (open == refused)
            {
                outcomes.Add($"{row.Method} {row.Path} without credentials: {(int)status}, expected {(open ? "an answer" : "a refusal")}");
            }
        }

        Assert.Empty(outcomes);
    }

    private HttpRequestMessage Request(Row row, long spare)
    {
        var request = new HttpRequestMessage(new HttpMethod(row.Method), Fill(row.Path, spare));
        if (row.Body == "{report}")
        {
            request.Content = new StringContent(Reports.Of(["iac"], ("m-1", "iac", "high")), Encoding.UTF8, "application/json");
        }
        else if (row.Body is { } body && !row.Form)
        {
            request.Content = new StringContent(Fill(body, spare), Encoding.UTF8, "application/json");
        }
        else if (row.Form)
        {
            request.Content = new StringContent(Fill(row.Body ?? "", spare), Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        return request;
    }

    private string Fill(string text, long spare) =>
        text.Replace("{finding}", _finding.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{spare}", spare.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    // A pending request someone else (the bootstrap administrator) asked for, new for each call, so a decision made by
    // one role does not leave the next role a request that is no longer pending.
    private async Task<Row> WithChangeAsync(Row row)
    {
        if (!row.Path.Contains("{change}", StringComparison.Ordinal))
        {
            return row;
        }

        var made = await _server.PostJsonAsync("/api/v1/changes", new { kind = "deploy", subject = "shop@2.0", reason = "asked by someone else" }, HttpStatusCode.Accepted);
        var id = made.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return row with { Path = row.Path.Replace("{change}", id, StringComparison.Ordinal) };
    }

    private static string? Judge(Row row, char letter, string role, HttpStatusCode status)
    {
        var allowed = row.Who.Contains(letter, StringComparison.Ordinal);
        var refused = status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized;
        return allowed == !refused ? null : $"{row.Method} {row.Path} as {role}: {(int)status}, expected {(allowed ? "allowed" : "403")}";
    }

    // A person with the role (an admin-scope token, so the role alone decides) and a spare token of theirs to revoke.
    private async Task<(string Token, long Spare)> TokensOfAsync(string role)
    {
        var owner = $"directory:uid={role},cn=users,cn=accounts,dc=example,dc=org";
        var token = await _server.AddTokenAsync($"{role}-main", "admin", roles: role, owner: owner);
        var spareName = $"{role}-spare-{Guid.NewGuid():N}";
        await _server.AddTokenAsync(spareName, "read", roles: role, owner: owner);
        await using var store = _server.OpenStore();
        var spare = store.ApiTokens.Single(t => t.Name == spareName).Id;
        return (token, spare);
    }

    private sealed record Row(string Method, string Pattern, string Who, string Path, string? Body = null, bool Form = false);
}
