using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bulwark.Server.Tests;

/// <summary>The web UI's pages as a browser without script gets them: content, encoding, filters, state changes and who may make them.</summary>
public sealed partial class WebPageTests : IAsyncLifetime
{
    private RunningServer _server = null!;
    private UiClient _admin = null!;

    public async Task InitializeAsync()
    {
        _server = await RunningServer.StartAsync();
        await _server.UploadAsync("api", Reports.Of(["iac", "secrets"], ("tf-1", "iac", "critical"), ("tf-2", "iac", "high"), ("key", "secrets", "high"), ("tf-3", "iac", "low")));
        using var host = await _server.Client.PostAsync("/api/v1/scans?product=web-3.example.org&kind=host",
            new StringContent(Reports.Of(["host"], ("ssh", "host", "medium")), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, host.StatusCode);
        _admin = await UiClient.SignedInAsync(_server, _server.Token!);
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<long> IdOf(string fingerprint) =>
        (await _server.GetAsync("/api/v1/findings?pageSize=500")).GetProperty("items").EnumerateArray()
            .Single(f => f.GetProperty("fingerprint").GetString() == fingerprint).GetProperty("id").GetInt64();

    private static int Rows(string page) => FindingRow().Matches(page).Count;

    [Fact]
    public async Task The_dashboard_shows_open_counts_breaches_the_chart_top_rules_and_newest_criticals()
    {
        var page = await _admin.PageAsync("/ui");

        Assert.Contains("<svg viewBox=", page);
        Assert.Contains("<table id=\"open-by-day\">", page);
        Assert.Contains("<strong>1</strong><span>open critical</span>", page);
        Assert.Contains("<strong>2</strong><span>open high</span>", page);
        Assert.Contains("<strong>0</strong><span>SLA breached</span>", page);
        Assert.Contains("<code>iac/rule-0</code>", page);
        Assert.Contains("Finding tf-1", page);
        Assert.Contains("name=\"viewport\"", page);
    }

    [Fact]
    public async Task Markup_in_a_finding_is_shown_as_text_everywhere()
    {
        var report = Reports.Of(["iac"], ("evil", "iac", "critical")).Replace("Finding evil", "<script>alert('title')</script>").Replace("evidence of evil", "<img src=x onerror=alert(1)>");
        await _server.UploadAsync("<b>product</b>", report);
        var id = await IdOf("evil");

        var pages = new[] { await _admin.PageAsync("/ui"), await _admin.PageAsync("/ui/findings"), await _admin.PageAsync($"/ui/findings/{id}"), await _admin.PageAsync("/ui/products") };

        Assert.All(pages, p => Assert.DoesNotContain("<script>", p));
        Assert.All(pages, p => Assert.DoesNotContain("<b>product</b>", p));
        Assert.Contains("&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;", pages[2]);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", pages[2]);
        Assert.Contains("&lt;b&gt;product&lt;/b&gt;", pages[3]);
    }

    [Fact]
    public async Task Every_page_forbids_scripts_and_framing_and_the_style_sheet_is_kept_for_a_year()
    {
        using var page = await _admin.Http.GetAsync("/ui/findings");
        var sheet = SheetLink().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var css = await _admin.Http.GetAsync(sheet);
        using var again = new HttpRequestMessage(HttpMethod.Get, sheet);
        again.Headers.TryAddWithoutValidation("If-None-Match", css.Headers.ETag!.Tag);
        using var cached = await _admin.Http.SendAsync(again);

        Assert.StartsWith("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        Assert.Contains("max-age=31536000", css.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, cached.StatusCode);
    }

    [Fact]
    public async Task The_findings_list_filters_as_the_api_does_and_says_what_is_wrong_with_a_filter()
    {
        var high = await _admin.PageAsync("/ui/findings?product=api&severity=high&state=&scanner=&rule=&sla=&sort=severity");
        var secrets = await _admin.PageAsync("/ui/findings?scanner=secrets");
        var api = await _server.GetAsync("/api/v1/findings?product=api&severity=high");
        var refused = await _admin.PageAsync("/ui/findings?sla=late", HttpStatusCode.BadRequest);
        await _admin.PageAsync("/ui/findings?product=nope", HttpStatusCode.NotFound);

        Assert.Equal(api.GetProperty("total").GetInt32(), Rows(high));
        Assert.Contains("3 findings", high);
        Assert.DoesNotContain("Finding tf-3", high);
        Assert.DoesNotContain("web-3.example.org</a></td>", high);
        Assert.Equal(1, Rows(secrets));
        Assert.Contains("sla must be one of", refused);
    }

    [Fact]
    public async Task The_findings_list_pages_with_links_that_keep_the_filter()
    {
        var many = Enumerable.Range(0, 120).Select(i => ($"n{i}", "iac", "low")).ToArray();
        await _server.UploadAsync("big", Reports.Of(["iac"], many));

        var first = await _admin.PageAsync("/ui/findings?product=big");
        var next = WebUtility.HtmlDecode(NextLink().Match(first).Groups[1].Value);
        var third = await _admin.PageAsync(WebUtility.HtmlDecode(NextLink().Match(await _admin.PageAsync(next)).Groups[1].Value));

        Assert.Equal("/ui/findings?product=big&page=2", next);
        Assert.Equal(50, Rows(first));
        Assert.Equal(20, Rows(third));
        Assert.Contains("page 3 of 3", third);
    }

    [Fact]
    public async Task An_administrator_changes_a_state_with_a_reason_and_finds_it_in_the_history()
    {
        // A false positive on a low finding is triage, made at once (on a high one it is a change request).
        var id = await IdOf("tf-3");

        using var changed = await _admin.PostFormAsync($"/ui/findings/{id}/state", $"/ui/findings/{id}",
            new() { ["state"] = "false-positive", ["reason"] = "fixture data <not deployed>", ["until"] = "" });
        var page = await _admin.PageAsync($"/ui/findings/{id}");
        var detail = await _server.GetAsync($"/api/v1/findings/{id}");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal($"/ui/findings/{id}#history", changed.Headers.Location!.OriginalString);
        Assert.Contains("fixture data &lt;not deployed&gt;", page);
        Assert.Contains("<td data-label=\"who\">bootstrap-admin</td><td data-label=\"from\">open</td><td data-label=\"to\">false-positive</td>", page);
        Assert.Contains("first seen", page);
        Assert.Equal("false-positive", detail.GetProperty("finding").GetProperty("state").GetString());
        Assert.Equal("fixture data <not deployed>", detail.GetProperty("history").EnumerateArray().Last().GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("confirmed", "", "", "a reason is required")]
    [InlineData("risk-accepted", "legacy system", "", "give until, in the future")]
    [InlineData("risk-accepted", "legacy system", "2020-01-01", "give until, in the future")]
    [InlineData("risk-accepted", "legacy system", "next week", "until: a date")]
    [InlineData("fixed", "trust me", "", "set by scans")]
    public async Task A_refused_state_change_says_why_on_the_page_and_changes_nothing(string state, string reason, string until, string expected)
    {
        var id = await IdOf("tf-1");

        using var refused = await _admin.PostFormAsync($"/ui/findings/{id}/state", $"/ui/findings/{id}", new() { ["state"] = state, ["reason"] = reason, ["until"] = until });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains(expected, page);
        Assert.Contains("id=\"state-problem\"", page);
        var detail = await _server.GetAsync($"/api/v1/findings/{id}");
        Assert.Equal("open", detail.GetProperty("finding").GetProperty("state").GetString());
        Assert.Single(detail.GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task A_risk_acceptance_asked_on_the_finding_page_is_applied_once_an_approver_approves_it_on_the_changes_page()
    {
        var id = await IdOf("tf-3");
        var until = DateTime.UtcNow.Date.AddDays(30);

        using var asked = await _admin.PostFormAsync($"/ui/findings/{id}/state", $"/ui/findings/{id}",
            new() { ["state"] = "risk-accepted", ["reason"] = "replaced next quarter", ["until"] = until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        var waiting = await _admin.PageAsync($"/ui/findings/{id}");
        var change = (await _server.GetAsync("/api/v1/changes?state=pending")).EnumerateArray().Single().GetProperty("id").GetInt64();
        Assert.Equal("open", (await _server.GetAsync($"/api/v1/findings/{id}")).GetProperty("finding").GetProperty("state").GetString());
        await using (var store = _server.OpenStore())
        {
            using var approver = await UiClient.SignedInAsync(_server, await Changes.PersonTokens.AddAsync(store, "bob", "bob-laptop", DateTimeOffset.UtcNow, "approver"));
            var list = await approver.PageAsync("/ui/changes");
            Assert.Contains($"action=\"/ui/changes/{change}/approve\"", list);
            using var approved = await approver.PostFormAsync($"/ui/changes/{change}/approve", "/ui/changes", new() { ["reason"] = "agreed" });
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal($"/ui/findings/{id}#changes", asked.Headers.Location!.OriginalString);
        Assert.Contains($"Waiting for approval, <a href=\"/ui/changes#change-{change}\">request #{change}</a>", waiting);
        var detail = await _server.GetAsync($"/api/v1/findings/{id}");
        Assert.Equal(new DateTimeOffset(until, TimeSpan.Zero), detail.GetProperty("finding").GetProperty("acceptedUntil").GetDateTimeOffset());
        Assert.Equal("bootstrap-admin, approved by bob (token bob-laptop)", detail.GetProperty("history").EnumerateArray().Last().GetProperty("actor").GetString());
        var page = await _admin.PageAsync($"/ui/findings/{id}");
        Assert.DoesNotContain("Waiting for approval, <a", page);
        Assert.Contains("<td data-label=\"to\">risk-accepted</td>", page);
    }

    [Fact]
    public async Task A_read_token_sees_no_state_form_and_its_post_is_refused()
    {
        var token = await _server.AddTokenAsync("auditor", "read");
        using var reader = await UiClient.SignedInAsync(_server, token);
        var id = await IdOf("tf-1");

        var page = await reader.PageAsync($"/ui/findings/{id}");
        using var post = await reader.PostFormAsync($"/ui/findings/{id}/state", $"/ui/findings/{id}", new() { ["state"] = "false-positive", ["reason"] = "not mine to say" });

        Assert.DoesNotContain("name=\"reason\"", page);
        Assert.Contains("needs the security-analyst or administrator role", page);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains("your roles do not allow asking for a false-positive change of api", await post.Content.ReadAsStringAsync());
        Assert.Empty((await _server.GetAsync("/api/v1/changes")).EnumerateArray());
        Assert.Equal("open", (await _server.GetAsync($"/api/v1/findings/{id}")).GetProperty("finding").GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_state_change_without_the_antiforgery_token_is_refused()
    {
        var id = await IdOf("tf-1");

        using var post = await _admin.PostFormAsync($"/ui/findings/{id}/state", page: null, new() { ["state"] = "confirmed", ["reason"] = "forged" });

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal("open", (await _server.GetAsync($"/api/v1/findings/{id}")).GetProperty("finding").GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_product_page_shows_its_kind_statistics_scans_and_open_findings_and_hosts_are_listed_apart()
    {
        var product = await _admin.PageAsync("/ui/products/api");
        var hosts = await _admin.PageAsync("/ui/products?kind=host");
        var host = await _admin.PageAsync("/ui/products/web-3.example.org");
        await _admin.PageAsync("/ui/products/nope", HttpStatusCode.NotFound);
        await _admin.PageAsync("/ui/findings/999999", HttpStatusCode.NotFound);
        Assert.Contains("There is no such page", await _admin.PageAsync("/ui/nowhere", HttpStatusCode.NotFound));

        Assert.Contains("<h1>api</h1>", product);
        Assert.Contains(">repository</a>", product);
        Assert.Contains("Open findings (4)", product);
        Assert.Equal(4, Rows(product));
        Assert.Contains("<td data-label=\"scan\">#1</td>", product);
        Assert.Contains("web-3.example.org", hosts);
        Assert.DoesNotContain(">api</a>", hosts);
        Assert.Contains(">host</a>", host);
        var stats = await _server.GetAsync("/api/v1/products/api/stats");
        var high = stats.GetProperty("bySeverity").EnumerateArray().Single(s => s.GetProperty("severity").GetString() == "high");
        Assert.Contains($"<td class=\"num\" data-label=\"open\">{high.GetProperty("open").GetInt32()}</td>", product);
    }

    [Fact]
    public async Task A_product_whose_name_has_slashes_has_its_page_at_the_link_the_list_gives()
    {
        await _server.UploadAsync("registry.example.org/shop/cart", Reports.Of(["packages"], ("cve", "packages", "high")));

        var list = await _admin.PageAsync("/ui/products");
        var page = await _admin.PageAsync("/ui/products/registry.example.org/shop/cart");

        Assert.Contains("href=\"/ui/products/registry.example.org/shop/cart\"", list);
        Assert.Contains("<h1>registry.example.org/shop/cart</h1>", page);
    }

    [GeneratedRegex("<td class=\"title\" data-label=\"finding\"><a href=\"/ui/findings/\\d+\">")]
    private static partial Regex FindingRow();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\">")]
    private static partial Regex SheetLink();

    [GeneratedRegex("<a rel=\"next\" href=\"([^\"]+)\">")]
    private static partial Regex NextLink();
}
