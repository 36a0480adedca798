using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bulwark.Server.Tests;
using Microsoft.Playwright;

namespace Bulwark.Server.Browser.Tests;

/// <summary>
/// One server and one chromium for a test class: the server is fed thirty days of scans of five products (on a clock
/// that the seeding moves, ending now) and people's judgements of some findings; chromium is Debian's, headless.
/// </summary>
public sealed class UiFixture : IAsyncLifetime
{
    private const int Days = 30;
    private RunningServer? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address => _server!.Client.BaseAddress!;

    /// <summary>An administrator's token (named alice).</summary>
    public string AdminToken { get; private set; } = "";

    /// <summary>A client of the API with the administrator's token.</summary>
    public HttpClient Api { get; private set; } = null!;

    /// <summary>A client of the API with an approver's token (a person other than alice).</summary>
    public HttpClient Approver { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!Chromium.Present)
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        var clock = new ManualClock(now.AddDays(1 - Days).AddHours(-2));
        _server = await RunningServer.StartAsync(clock: clock);
        AdminToken = await _server.AddTokenAsync("alice", "admin");
        Api = new HttpClient { BaseAddress = Address };
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        Approver = await Bulwark.Server.Tests.Changes.PersonTokens.ApproverAsync(_server, "bob");
        await SeedAsync(clock, now);

        // Only Debian's chromium is used; Playwright is told not to fetch its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A new browser context (its own cookies), signed in with <paramref name="token"/> through the sign-in form.</summary>
    public async Task<IPage> SignedInPageAsync(string token, BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Address, "/ui").ToString());
        await page.FillAsync("input[name=token]", token);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(new Uri(Address, "/ui").ToString());
        return page;
    }

    public string Url(string path) => new Uri(Address, path).ToString();

    public async Task<JsonElement> GetJsonAsync(string path) => await Api.GetFromJsonAsync<JsonElement>(path);

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        Api?.Dispose();
        Approver?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    // Every product is scanned every other day (hosts on the days between), each scan reporting what is there that day.
    private async Task SeedAsync(ManualClock clock, DateTimeOffset end)
    {
        var start = clock.Now;
        for (var day = 0; day < Days; day++)
        {
            for (var p = 0; p < Findings.Products.Length; p++)
            {
                var (name, kind, scanners) = Findings.Products[p];
                if ((day + (kind == "host" ? 1 : 0)) % 2 != 0 && day != Days - 1)
                {
                    continue;
                }

                MoveTo(clock, start.AddDays(day).AddMinutes(p * 13));
                var seen = Findings.All.Where(f => f.Product == name && f.From <= day && day < f.Until).ToList();
                using var upload = await Api.PostAsync($"/api/v1/scans?product={Uri.EscapeDataString(name)}&kind={kind}&revision={Revision(name, day)}",
                    new StringContent(Report(scanners, seen, clock.Now), Encoding.UTF8, "application/json"));
                upload.EnsureSuccessStatusCode();
            }

            foreach (var judgement in Findings.Judgements.Where(j => j.Day == day))
            {
                MoveTo(clock, start.AddDays(day).AddHours(1));
                var id = (await GetJsonAsync($"/api/v1/findings?product={Uri.EscapeDataString(judgement.Product)}&rule={Uri.EscapeDataString(judgement.Rule)}"))
                    .GetProperty("items")[0].GetProperty("id").GetInt64();
                using var changed = await Api.PostAsJsonAsync($"/api/v1/findings/{id}/state",
                    new { state = judgement.State, reason = judgement.Reason, until = judgement.State == "risk-accepted" ? end.AddDays(60) : (DateTimeOffset?)null });
                changed.EnsureSuccessStatusCode();
                if (changed.StatusCode == System.Net.HttpStatusCode.Accepted)
                {
                    // A lowering judgement is a change request: a second person approves it the same hour.
                    var request = await changed.Content.ReadFromJsonAsync<JsonElement>();
                    using var approved = await Approver.PostAsJsonAsync($"/api/v1/changes/{request.GetProperty("id").GetInt64()}/approve", new { reason = "agreed in the security review" });
                    approved.EnsureSuccessStatusCode();
                }
            }
        }

        MoveTo(clock, end);
    }

    private static void MoveTo(ManualClock clock, DateTimeOffset to)
    {
        if (to > clock.Now)
        {
            clock.Advance(to - clock.Now);
        }
    }

    private static string Revision(string product, int day) => Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(Encoding.UTF8.GetBytes($"{product}{day}")))[..12];

    private static string Report(string[] scanners, List<Findings.Planted> findings, DateTimeOffset at) => JsonSerializer.Serialize(new
    {
        version = "1",
        tool = new { name = "bulwark", version = "0.1.0" },
        target = ".",
        startedAt = at,
        durationMs = 4200,
        findings = findings.Select(f => new
        {
            ruleId = f.Rule,
            scanner = f.Scanner,
            severity = f.Severity,
            title = f.Title,
            message = f.Message,
            location = f.Path is null ? null : new { path = f.Path, startLine = f.Line, endLine = f.Line },
            fingerprint = f.Fingerprint,
            evidence = f.Evidence,
            references = Array.Empty<string>(),
            snippet = Array.Empty<object>(),
            properties = new { },
        }),
        summary = new { total = findings.Count, byScanner = scanners.ToDictionary(s => s, s => findings.Count(f => f.Scanner == s)) },
    });
}
