using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Bulwark.Ledger.Tests.Shipping;

/// <summary>
/// A webhook receiver: checks <c>X-Bulwark-Signature: sha256=HMAC(secret, body)</c> in constant time and the
/// timestamp header, then takes the JSON array. Can start answering 503 after a number of batches, and recover.
/// </summary>
internal sealed class WebhookReceiver(string secret)
{
    public List<string> Messages { get; } = [];

    public int Batches { get; private set; }

    public int Rejected { get; private set; }

    public int? FailFromBatch { get; set; }

    public (int Status, string Body) Receive(TestHttpServer.Request request)
    {
        var timestamp = request.Headers.GetValueOrDefault("X-Bulwark-Timestamp") ?? "";
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.ASCII.GetBytes(timestamp + "."), .. request.Body]));
        var signature = request.Headers.GetValueOrDefault("X-Bulwark-Signature") ?? "";
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature)))
        {
            Rejected++;
            return (401, """{"error":"bad signature"}""");
        }

        Assert.True(long.Parse(request.Headers["X-Bulwark-Timestamp"], System.Globalization.CultureInfo.InvariantCulture) > 1_700_000_000);
        if (Batches >= FailFromBatch)
        {
            Rejected++;
            return (503, """{"error":"maintenance"}""");
        }

        using var array = JsonDocument.Parse(request.Body);
        Messages.AddRange(array.RootElement.EnumerateArray().Select(m => m.GetRawText()));
        Batches++;
        return (202, "{}");
    }
}
