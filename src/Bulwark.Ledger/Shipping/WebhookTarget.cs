using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Bulwark.Ledger.Shipping;

/// <summary>
/// A webhook: one POST per batch, the body a JSON array of the messages, signed with
/// <c>X-Bulwark-Signature: sha256=&lt;hex HMAC-SHA256(secret, timestamp "." body)&gt;</c>, where the timestamp is
/// the <c>X-Bulwark-Timestamp</c> header (Unix seconds): signing it too lets a receiver refuse a replayed batch.
/// Any 2xx answer acknowledges the batch.
/// </summary>
internal sealed class WebhookTarget(Uri endpoint, string secret, HttpClient client, TimeProvider clock) : IShipTarget
{
    /// <summary>The header carrying the body's HMAC.</summary>
    internal const string SignatureHeader = "X-Bulwark-Signature";

    /// <summary>The header carrying when the batch was sent.</summary>
    internal const string TimestampHeader = "X-Bulwark-Timestamp";

    public string Spec { get; } = ShipTargets.SpecOf("webhook", endpoint);

    public bool AcknowledgesDelivery => true;

    public Task<SendResult> SendAsync(IReadOnlyList<ShippedMessage> batch, CancellationToken cancellationToken)
    {
        var body = Body(batch);
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        request.Headers.TryAddWithoutValidation(SignatureHeader, Signature(secret, timestamp, body));
        request.Headers.TryAddWithoutValidation(TimestampHeader, timestamp);
        return HttpDelivery.PostAsync(client, request, Spec, secret, _ => SendResult.Acknowledged, cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The header value: <c>sha256=</c> and the lower-case hex HMAC of the timestamp, a dot, and the body.</summary>
    internal static string Signature(string secret, string timestamp, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.ASCII.GetBytes(timestamp + "."), .. body]));

    private static byte[] Body(IReadOnlyList<ShippedMessage> batch)
    {
        using var body = new MemoryStream();
        body.WriteByte((byte)'[');
        for (var i = 0; i < batch.Count; i++)
        {
            if (i > 0)
            {
                body.WriteByte((byte)',');
            }

            body.Write(batch[i].Json);
        }

        body.WriteByte((byte)']');
        return body.ToArray();
    }
}
