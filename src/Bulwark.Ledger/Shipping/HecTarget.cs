using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Bulwark.Ledger.Events;

namespace Bulwark.Ledger.Shipping;

/// <summary>
/// Splunk's HTTP Event Collector: one POST per batch to <c>/services/collector/event</c> with
/// <c>Authorization: Splunk &lt;token&gt;</c>, the body being the events' JSON envelopes one after another.
/// Acknowledged only on a 2xx answer whose JSON says <c>"code":0</c>.
/// </summary>
internal sealed class HecTarget(Uri endpoint, string token, HttpClient client) : IShipTarget
{
    /// <summary>The event endpoint's path.</summary>
    internal const string EventPath = "/services/collector/event";

    // HEC code 9 is "server is busy": back-pressure, worth waiting out.
    private const int ServerBusy = 9;

    public string Spec { get; } = ShipTargets.SpecOf("hec", endpoint);

    public bool AcknowledgesDelivery => true;

    public Task<SendResult> SendAsync(IReadOnlyList<ShippedMessage> batch, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(Body(batch)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Authorization", "Splunk " + token);
        return HttpDelivery.PostAsync(client, request, Spec, token, Accept, cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The request body: <c>{"time":…,"host":…,"source":"bulwark-ledger","sourcetype":"bulwark:ledger","event":…}</c> per message.</summary>
    internal static byte[] Body(IEnumerable<ShippedMessage> batch)
    {
        using var body = new MemoryStream();
        var text = new System.Buffers.ArrayBufferWriter<byte>();
        foreach (var message in batch)
        {
            text.ResetWrittenCount();
            CanonicalJson.WriteString(message.Host, text);
            var seconds = (message.Time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (decimal)TimeSpan.TicksPerSecond;
            body.Write(Encoding.ASCII.GetBytes("{\"time\":" + seconds.ToString("0.######", CultureInfo.InvariantCulture) + ",\"host\":"));
            body.Write(text.WrittenSpan);
            body.Write(",\"source\":\"bulwark-ledger\",\"sourcetype\":\"bulwark:ledger\",\"event\":"u8);
            body.Write(message.Json);
            body.Write("}"u8);
        }

        return body.ToArray();
    }

    private SendResult Accept(string answer)
    {
        try
        {
            using var json = JsonDocument.Parse(answer);
            if (json.RootElement.TryGetProperty("code", out var code) && code.TryGetInt32(out var value))
            {
                var text = json.RootElement.TryGetProperty("text", out var t) ? t.ToString() : "";
                return value == 0 ? SendResult.Acknowledged
                    : value == ServerBusy ? SendResult.Retry($"{Spec} is busy (HEC code 9: {text})")
                    : SendResult.Refused($"{Spec} did not accept the events (HEC code {value}: {text})");
            }
        }
        catch (JsonException)
        {
            // Falls through: an answer that is not HEC's JSON acknowledges nothing.
        }

        return SendResult.Refused($"{Spec} answered 2xx without HEC's {{\"code\":0}}; is this a Splunk HEC endpoint?");
    }
}
