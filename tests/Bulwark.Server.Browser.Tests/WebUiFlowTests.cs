using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Bulwark.Server.Browser.Tests;

/// <summary>The web UI in a real browser: signing in, the dashboard, filtering, changing a state, a phone's screen, and reading with JavaScript off.</summary>
public sealed class WebUiFlowTests(UiFixture ui) : IClassFixture<UiFixture>
{
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true };

    private async Task<int> ApiTotal(string query) => (await ui.GetJsonAsync("/api/v1/findings?" + query)).GetProperty("total").GetInt32();

    [ChromiumFact]
    public async Task Signing_in_with_a_token_leads_to_the_dashboard_with_its_chart_and_counts()
    {
        var context = await ui.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(ui.Url("/ui/products"));
        Assert.Contains("/ui/login?returnUrl=%2Fui%2Fproducts", page.Url);
        await page.FillAsync("input[name=token]", ui.AdminToken);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(ui.Url("/ui/products"));
        await page.GotoAsync(ui.Url("/ui"));

        Assert.Equal(30, await page.Locator("#open-by-day tbody tr").CountAsync());
        Assert.True(await page.Locator("svg[role=img] rect").CountAsync() > 30);
        Assert.Equal((await ApiTotal("sla=breached")).ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("#sla-breached strong").TextContentAsync());
        Assert.Equal((await ApiTotal("sla=soon-due")).ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("#sla-soon-due strong").TextContentAsync());
        Assert.Equal(await ApiTotal("state=unresolved&severity=critical"), int.Parse((await page.Locator("a.tile-critical strong").TextContentAsync())!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(await page.Locator("#top-rules tbody tr").CountAsync() > 0);
        Assert.True(await page.Locator("#newest-critical tbody tr").CountAsync() > 0);
        Assert.Contains("alice", await page.Locator(".who span").TextContentAsync());
        await Screenshots.TakeAsync(page, "dashboard-desktop");
        await context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Filtering_the_list_by_product_and_severity_shows_only_matching_rows()
    {
        var page = await ui.SignedInPageAsync(ui.AdminToken);
        await page.GotoAsync(ui.Url("/ui/findings"));

        await page.SelectOptionAsync("select[name=product]", "payments-api");
        await page.SelectOptionAsync("select[name=severity]", "high");
        await page.SelectOptionAsync("select[name=state]", "unresolved");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForURLAsync("**/ui/findings?*product=payments-api*");

        var rows = page.Locator("table.findings tbody tr");
        var expected = await ApiTotal("product=payments-api&severity=high&state=unresolved");
        Assert.True(expected > 0);

        Assert.Equal(expected, await rows.CountAsync());
        foreach (var row in await rows.AllAsync())
        {
            Assert.Equal("payments-api", await row.Locator("td[data-label=product]").TextContentAsync());
            Assert.Contains(await row.Locator("td[data-label=severity]").TextContentAsync(), new[] { "critical", "high" });
        }

        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task A_risk_acceptance_asked_on_the_page_waits_for_approval_and_then_is_in_the_history()
    {
        var page = await ui.SignedInPageAsync(ui.AdminToken);
        await page.GotoAsync(ui.Url("/ui/findings?product=web-3.example.org&rule=host%2Fauditd-installed"));
        await page.ClickAsync("table.findings tbody tr td.title a");
        var id = long.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var until = DateTime.UtcNow.Date.AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        await page.SelectOptionAsync("select[name=state]", "risk-accepted");
        await page.FillAsync("textarea[name=reason]", "journald is shipped to the SIEM until auditd lands (SEC-311)");
        await page.FillAsync("input[name=until]", until);
        await page.ClickAsync("form.stack button[type=submit]");
        await page.WaitForURLAsync($"**/ui/findings/{id}#changes");
        var waiting = await page.Locator("#changes li").TextContentAsync();
        var change = (await ui.GetJsonAsync("/api/v1/changes?state=pending")).EnumerateArray().Single(c => c.GetProperty("subject").GetString() == $"finding {id}").GetProperty("id").GetInt64();
        using var approved = await ui.Approver.PostAsJsonAsync($"/api/v1/changes/{change}/approve", new { reason = "agreed" });
        approved.EnsureSuccessStatusCode();
        await page.ReloadAsync();

        Assert.Contains($"Waiting for approval, request #{change}", waiting);
        var newest = page.Locator("#history-table tbody tr").First;
        Assert.Equal("alice, approved by bob (token bob)", await newest.Locator("td[data-label=who]").TextContentAsync());
        Assert.Equal("risk-accepted", await newest.Locator("td[data-label=to]").TextContentAsync());
        Assert.Equal($"journald is shipped to the SIEM until auditd lands (SEC-311) (change #{change})", await newest.Locator("td[data-label=why]").TextContentAsync());
        var detail = await ui.GetJsonAsync($"/api/v1/findings/{id}");
        Assert.Equal("risk-accepted", detail.GetProperty("finding").GetProperty("state").GetString());
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task A_phone_screen_never_scrolls_sideways()
    {
        var page = await ui.SignedInPageAsync(ui.AdminToken, Phone);
        var finding = (await ui.GetJsonAsync("/api/v1/findings?product=payments-api&rule=iac%2Faws-security-group-open-ingress")).GetProperty("items")[0].GetProperty("id").GetInt64();
        string[] pages = ["/ui", "/ui/findings?state=unresolved", $"/ui/findings/{finding}", "/ui/products", "/ui/products/registry.example.org/shop/cart"];

        foreach (var path in pages)
        {
            var response = await page.GotoAsync(ui.Url(path));
            Assert.Equal(200, response!.Status);
            var (scroll, client) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("document.documentElement.clientWidth"));
            Assert.True(scroll <= client, $"{path}: {scroll} px wide on a {client} px screen");
            if (path == "/ui")
            {
                await Screenshots.TakeAsync(page, "dashboard-phone");
            }

        }

        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task With_javascript_off_the_dashboard_the_list_and_a_finding_can_be_read()
    {
        var page = await ui.SignedInPageAsync(ui.AdminToken, new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        Assert.True(await page.Locator("svg[role=img] rect").CountAsync() > 0);
        Assert.Equal(30, await page.Locator("#open-by-day tbody tr").CountAsync());
        await page.GotoAsync(ui.Url("/ui/findings?state=unresolved&sort=severity"));
        Assert.True(await page.Locator("table.findings tbody tr").CountAsync() > 10);
        await page.ClickAsync("table.findings tbody tr td.title a");

        Assert.Contains("Evidence", await page.Locator("#evidence-heading").TextContentAsync());
        Assert.True(await page.Locator("#history-table tbody tr").CountAsync() >= 1);
        Assert.Equal("first seen", await page.Locator("#history-table tbody tr").Last.Locator("td[data-label=why]").TextContentAsync());
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task A_finding_page_shows_its_facts_evidence_and_history()
    {
        var page = await ui.SignedInPageAsync(ui.AdminToken);
        var id = (await ui.GetJsonAsync("/api/v1/findings?product=payments-api&rule=iac%2Faws-security-group-open-ingress")).GetProperty("items")[0].GetProperty("id").GetInt64();

        await page.GotoAsync(ui.Url($"/ui/findings/{id}"));

        Assert.Equal("Security group allows SSH from anywhere", await page.Locator("h1").TextContentAsync());
        Assert.Contains("cidr_blocks = [\"0.0.0.0/0\"]", await page.Locator("pre.evidence").TextContentAsync());
        Assert.Equal("Bastion rule: restrict it to the VPN range (NET-88)", await page.Locator("#history-table tbody tr").First.Locator("td[data-label=why]").TextContentAsync());
        Assert.Equal(1, await page.Locator("select[name=state]").CountAsync());
        await Screenshots.TakeAsync(page, "finding");
        await page.Context.CloseAsync();
    }
}
