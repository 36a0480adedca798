using System.Security.Cryptography;
using System.Text;
using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Trackers;

/// <summary>
/// A generic webhook: the event's JSON, POSTed as it was queued, with <c>X-Bulwark-Event</c>,
/// <c>X-Bulwark-Delivery</c> (the same on every retry, so a receiver can drop repeats) and
/// <c>X-Bulwark-Signature: sha256=HEX</c>, the HMAC-SHA256 of the body under the shared secret.
/// </summary>
internal sealed class WebhookClient(HttpClient http, TrackerSettings tracker) : ITrackerClient
{
    private readonly TrackerHttp _http = new(http, tracker);

    public async Task<DeliveryOutcome> DeliverAsync(TrackerDelivery delivery, FindingEvent payload, TrackerLink? link, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var answer = await _http.SendAsync(HttpMethod.Post, "", content, cancellationToken, headers =>
        {
            headers.Add("X-Bulwark-Event", payload.Event);
            headers.Add("X-Bulwark-Delivery", delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            headers.Add("X-Bulwark-Signature", Signature(tracker.Secret, body));
        });
        return answer.Failure ?? DeliveryOutcome.Done();
    }

    /// <summary><c>sha256=</c> and the lower-case hex HMAC-SHA256 of <paramref name="body"/> under the secret.</summary>
    public static string Signature(Secret secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret.Value), body));
}
