using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Bulwark.Server.Tests;

/// <summary>What the server refuses, and that a refused upload writes nothing.</summary>
public sealed class UploadTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<int> ScanCount() => (await _server.GetAsync("/api/v1/scans")).GetArrayLength();

    [Fact]
    public async Task Uploads_need_a_known_token()
    {
        using var anonymous = new HttpClient { BaseAddress = _server.Client.BaseAddress };
        using var none = await anonymous.PostAsync("/api/v1/scans?product=api", new StringContent(Reports.Of(["iac"]), Encoding.UTF8, "application/json"));
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "bwk_" + new string('A', 43));
        using var wrong = await anonymous.GetAsync("/api/v1/findings");

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await ScanCount());
    }

    [Theory]
    [InlineData("{\"findings\": [ {\"ruleId\": \"x\"", "not valid JSON")]
    [InlineData("[1, 2, 3]", "findings array")]
    [InlineData("{\"findings\": [{\"ruleId\":\"r\",\"scanner\":\"iac\",\"severity\":\"high\",\"title\":\"t\",\"fingerprint\":\"f\"}, {\"ruleId\":\"r\",\"scanner\":\"iac\",\"severity\":\"high\",\"title\":\"t\"}]}", "findings[1].fingerprint")]
    [InlineData("{\"findings\": [{\"ruleId\":\"r\",\"scanner\":\"iac\",\"severity\":\"urgent\",\"title\":\"t\",\"fingerprint\":\"f\"}]}", "findings[0].severity")]
    public async Task A_malformed_report_is_refused_with_what_is_wrong_and_nothing_is_written(string body, string expected)
    {
        var problem = await _server.UploadAsync("api", body, HttpStatusCode.BadRequest);

        Assert.Contains(expected, problem.GetProperty("detail").GetString());
        Assert.Equal(0, await ScanCount());
        Assert.Equal(0, (await _server.GetAsync("/api/v1/findings")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_hundred_megabytes_of_garbage_are_refused()
    {
        var garbage = new byte[100 * 1024 * 1024];
        new Random(7).NextBytes(garbage);
        using var content = new ByteArrayContent(garbage);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await _server.Client.PostAsync("/api/v1/scans?product=api", content);

        var problem = await RunningServer.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("not valid JSON", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await ScanCount());
    }

    [Fact]
    public async Task A_scan_needs_a_product()
    {
        using var response = await _server.Client.PostAsync("/api/v1/scans", new StringContent(Reports.Of(["iac"]), Encoding.UTF8, "application/json"));

        var problem = await RunningServer.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("?product=NAME", problem.GetProperty("detail").GetString());
    }
}
