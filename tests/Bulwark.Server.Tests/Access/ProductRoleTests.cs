using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Bulwark.Server.Tests.Access;

/// <summary>Roles held on one product only: the person sees and acts on that product, and the others are not there for them.</summary>
public sealed class ProductRoleTests : IAsyncLifetime
{
    private RunningServer _server = null!;
    private long _shopFinding;
    private long _billingFinding;

    public async Task InitializeAsync()
    {
        _server = await RunningServer.StartAsync();
        await _server.UploadAsync("shop", Reports.Of(["iac"], ("s-1", "iac", "high")));
        await _server.UploadAsync("billing", Reports.Of(["iac"], ("b-1", "iac", "critical")));
        _shopFinding = await IdAsync("shop");
        _billingFinding = await IdAsync("billing");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_developer_of_one_product_lists_reads_and_uploads_only_there()
    {
        using var client = await ClientAsync("developer@shop");

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/findings");
        var products = await client.GetFromJsonAsync<JsonElement>("/api/v1/products");
        using var other = await client.GetAsync($"/api/v1/findings/{_billingFinding}");
        using var otherList = await client.GetAsync("/api/v1/findings?product=billing");
        using var otherStats = await client.GetAsync("/api/v1/products/billing/stats");
        using var uploadHere = await client.PostAsync("/api/v1/scans?product=shop", Report("s-2"));
        using var uploadThere = await client.PostAsync("/api/v1/scans?product=billing", Report("b-2"));
        using var metrics = await client.GetAsync("/metrics");

        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(_shopFinding, list.GetProperty("items")[0].GetProperty("id").GetInt64());
        Assert.Equal(["shop"], products.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherList.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherStats.StatusCode);
        Assert.Equal(HttpStatusCode.Created, uploadHere.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, uploadThere.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, metrics.StatusCode);
    }

    [Fact]
    public async Task An_analyst_of_one_product_judges_its_findings_and_not_the_others()
    {
        using var client = await ClientAsync("security-analyst@shop\nviewer");

        using var here = await client.PostAsJsonAsync($"/api/v1/findings/{_shopFinding}/state", new { state = "confirmed", reason = "seen it" });
        using var there = await client.PostAsJsonAsync($"/api/v1/findings/{_billingFinding}/state", new { state = "confirmed", reason = "not mine" });
        using var bulk = await client.PostAsJsonAsync("/api/v1/findings/state", new { ids = new[] { _shopFinding, _billingFinding }, state = "confirmed", reason = "both" });

        Assert.Equal(HttpStatusCode.OK, here.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, there.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, bulk.StatusCode);
        Assert.Equal("open", (await _server.GetAsync($"/api/v1/findings/{_billingFinding}")).GetProperty("finding").GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_web_ui_shows_a_product_role_only_its_product()
    {
        var token = await _server.AddTokenAsync("shop-dev", "admin", roles: "developer@shop", owner: "directory:uid=dev");
        using var browser = await UiClient.SignedInAsync(_server, token);

        var findings = await browser.PageAsync("/ui/findings");
        var dashboard = await browser.PageAsync("/ui/");
        var products = await browser.PageAsync("/ui/products");
        await browser.PageAsync($"/ui/findings/{_billingFinding}", HttpStatusCode.NotFound);
        await browser.PageAsync("/ui/products/billing", HttpStatusCode.NotFound);

        Assert.Contains("Finding s-1", findings);
        Assert.DoesNotContain("Finding b-1", findings);
        Assert.DoesNotContain("Finding b-1", dashboard); // the newest critical findings are billing's only
        Assert.DoesNotContain("billing", products);
    }

    private async Task<long> IdAsync(string product) =>
        (await _server.GetAsync($"/api/v1/findings?product={product}")).GetProperty("items")[0].GetProperty("id").GetInt64();

    private static StringContent Report(string fingerprint) => new(Reports.Of(["iac"], (fingerprint, "iac", "high")), Encoding.UTF8, "application/json");

    private async Task<HttpClient> ClientAsync(string roles)
    {
        var token = await _server.AddTokenAsync($"t-{Guid.NewGuid():N}", "admin", roles: roles, owner: "directory:uid=someone");
        return _server.ClientFor(token);
    }
}
