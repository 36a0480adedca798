using System.Text.Json;

namespace Bulwark.Ledger.Tests.Shipping;

/// <summary>
/// Splunk HEC's side of the contract: POST /services/collector/event with <c>Authorization: Splunk &lt;token&gt;</c>,
/// a body of concatenated event envelopes, answered with <c>{"text":"Success","code":0}</c>. Can fail the first
/// requests with 503 (HEC's "server is busy").
/// </summary>
internal sealed class HecReceiver(string token, int failFirst = 0)
{
    public List<string> Events { get; } = [];

    public int Failed { get; private set; }

    public (int Status, string Body) Receive(TestHttpServer.Request request)
    {
        if (request.Method != "POST" || request.Path != "/services/collector/event")
        {
            return (404, """{"text":"The requested URL was not found on this server.","code":404}""");
        }

        if (!request.Headers.TryGetValue("Authorization", out var authorization) || authorization != "Splunk " + token)
        {
            return (403, """{"text":"Invalid token","code":4}""");
        }

        if (Failed < failFirst)
        {
            Failed++;
            return (503, """{"text":"Server is busy","code":9}""");
        }

        var reader = new Utf8JsonReader(request.Body, new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            using var envelope = JsonDocument.ParseValue(ref reader);
            var root = envelope.RootElement;
            Assert.Equal("bulwark-ledger", root.GetProperty("source").GetString());
            Assert.Equal("bulwark:ledger", root.GetProperty("sourcetype").GetString());
            Assert.True(root.GetProperty("time").GetDouble() > 1.7e9);
            Assert.False(string.IsNullOrEmpty(root.GetProperty("host").GetString()));
            Events.Add(root.GetProperty("event").GetRawText());
        }

        return (200, """{"text":"Success","code":0}""");
    }
}
