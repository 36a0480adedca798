using Bulwark.Ledger.Notes;
using Bulwark.Ledger.Shipping;

namespace Bulwark.Ledger.Tests.Shipping;

/// <summary>Shipping to Splunk HEC and to a webhook, each played by an in-test HTTP server that enforces its contract.</summary>
public sealed class HttpShippingTests : IDisposable
{
    private const string Token = "hec-token-0f2c9a";
    private const string Secret = "webhook-secret-77d1";
    private static readonly ShipRetry Quick = new(5, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50));
    private readonly TempDir _dir = new();
    private readonly LedgerKeys _keys = LedgerKeys.Generate(ShipLedgers.Origin).Value!;

    public HttpShippingTests() => ShipLedgers.Grow(LedgerPath, _keys.Signer, 60, 30, 60);

    private string LedgerPath => _dir.Path("audit.ledger");

    private string CursorPath => _dir.Path("ship.cursor");

    public void Dispose()
    {
        _keys.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public async Task Events_posted_to_splunk_hec_with_the_token_from_the_environment_verify_at_the_receiver()
    {
        var hec = new HecReceiver(Token);
        await using var server = new TestHttpServer(hec.Receive);
        var options = new ShipTargetOptions { Environment = name => name == ShipTargetOptions.HecTokenVariable ? Token : null };

        var result = await Ship(ShipTargets.Parse($"hec+http://127.0.0.1:{server.Port}", options).Value!);

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal(4, server.Requests);
        var verification = ShippedVerifier.Verify(hec.Events, _keys.Verifier);
        Assert.True(verification.Intact, verification.Summary);
        Assert.Equal(60, verification.VerifiedSize);
    }

    [Fact]
    public async Task A_hec_that_is_busy_for_three_requests_is_retried_and_the_cursor_advances_only_with_acknowledgements()
    {
        var hec = new HecReceiver(Token, failFirst: 3);
        await using var server = new TestHttpServer(hec.Receive);
        var positions = new List<ShipPosition>();
        var shipper = new LedgerShipper { Retry = Quick, AfterBatch = (at, _) => { positions.Add(ShipCursor.Load(CursorPath, out var unread)!.Position); return Task.CompletedTask; } };
        await using var target = ShipTargets.Parse($"hec+http://127.0.0.1:{server.Port}", new() { HecToken = Token }).Value!;

        var result = await shipper.ShipAsync(LedgerPath, target, CursorPath, 20, CancellationToken.None);

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal((3, 7), (hec.Failed, server.Requests));
        Assert.Equal([new(20, 0), new(40, 0), new(60, 0), new(60, 2)], positions);
        Assert.Equal(62, hec.Events.Count);
    }

    [Fact]
    public async Task A_wrong_hec_token_is_refused_at_once_without_the_token_in_the_message()
    {
        var hec = new HecReceiver(Token);
        await using var server = new TestHttpServer(hec.Receive);

        var result = await Ship(ShipTargets.Parse($"hec+http://127.0.0.1:{server.Port}", new() { HecToken = "not-the-token" }).Value!);

        Assert.Equal(ShipStatus.GaveUp, result.Status);
        Assert.Equal(1, server.Requests);
        Assert.Contains("refused", result.Problem);
        Assert.Contains("HTTP 403", result.Problem);
        Assert.DoesNotContain("not-the-token", result.Problem);
        Assert.False(File.Exists(CursorPath));
    }

    [Fact]
    public async Task A_receiver_that_echoes_the_token_in_its_error_does_not_get_it_into_the_problem()
    {
        await using var server = new TestHttpServer(request => (400, $$$"""{"text":"bad header {{{request.Headers["Authorization"]}}}","code":6}"""));

        var result = await Ship(ShipTargets.Parse($"hec+http://127.0.0.1:{server.Port}", new() { HecToken = Token }).Value!);

        Assert.Contains("answered HTTP 400 Bad Request: {\"text\":\"bad header Splunk ***\",\"code\":6}", result.Problem);
        Assert.DoesNotContain(Token, result.Problem);
    }

    [Fact]
    public async Task A_webhook_batch_carries_an_hmac_of_its_body_and_the_receiver_verifies_the_messages()
    {
        var webhook = new WebhookReceiver(Secret);
        await using var server = new TestHttpServer(webhook.Receive);

        var result = await Ship(Webhook(server));

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal(0, webhook.Rejected);
        Assert.True(ShippedVerifier.Verify(webhook.Messages, _keys.Verifier).Intact);
        Assert.DoesNotContain(Secret, File.ReadAllText(CursorPath));
    }

    [Fact]
    public async Task A_webhook_that_goes_down_midway_makes_the_shipper_give_up_with_its_cursor_intact_and_resume_later()
    {
        var webhook = new WebhookReceiver(Secret) { FailFromBatch = 2 };
        await using var server = new TestHttpServer(webhook.Receive);

        var down = await Ship(Webhook(server));
        webhook.FailFromBatch = null;
        var resumed = await Ship(Webhook(server));

        Assert.Equal(ShipStatus.GaveUp, down.Status);
        Assert.Contains("gave up after 5 attempt(s)", down.Problem);
        Assert.Contains("HTTP 503", down.Problem);
        Assert.Equal(new ShipPosition(40, 0), down.To);
        Assert.Equal((new ShipPosition(40, 0), new ShipPosition(60, 2)), (resumed.From, resumed.To));
        var verification = ShippedVerifier.Verify(webhook.Messages, _keys.Verifier);
        Assert.True(verification.Intact, verification.Summary);
        Assert.Equal(0, verification.Duplicates);
    }

    [Fact]
    public async Task A_webhook_shipper_cancelled_midway_resumes_without_sending_anything_twice()
    {
        var webhook = new WebhookReceiver(Secret);
        await using var server = new TestHttpServer(webhook.Receive);
        using var cancel = new CancellationTokenSource();
        var shipper = new LedgerShipper { AfterBatch = (at, _) => { if (at.NextIndex == 20) { cancel.Cancel(); } return Task.CompletedTask; } };

        await using (var target = Webhook(server))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => shipper.ShipAsync(LedgerPath, target, CursorPath, 20, cancel.Token));
        }

        var resumed = await Ship(Webhook(server));

        Assert.Equal(20, resumed.From.NextIndex);
        var verification = ShippedVerifier.Verify(webhook.Messages, _keys.Verifier);
        Assert.True(verification.Intact, verification.Summary);
        Assert.Equal((60L, 0L), (verification.VerifiedSize, verification.Duplicates));
    }

    private static IShipTarget Webhook(TestHttpServer server) =>
        ShipTargets.Parse($"webhook+http://127.0.0.1:{server.Port}/hooks/audit?team=sec", new() { WebhookSecret = Secret }).Value!;

    private async Task<ShipResult> Ship(IShipTarget target)
    {
        await using (target)
        {
            return await new LedgerShipper { Retry = Quick }.ShipAsync(LedgerPath, target, CursorPath, 20, CancellationToken.None);
        }
    }
}
