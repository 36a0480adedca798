using Bulwark.Ledger.Notes;
using Bulwark.Ledger.Shipping;

namespace Bulwark.Ledger.Tests.Shipping;

/// <summary>Shipping to a real rsyslogd, started privately per test on a free loopback port.</summary>
public sealed class RsyslogShippingTests : IDisposable
{
    private static readonly ShipRetry Quick = new(8, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(200));
    private readonly TempDir _dir = new();
    private readonly LedgerKeys _keys = LedgerKeys.Generate(ShipLedgers.Origin).Value!;

    public RsyslogShippingTests() => ShipLedgers.Grow(LedgerPath, _keys.Signer, 200, 100, 200);

    private string LedgerPath => _dir.Path("audit.ledger");

    private string CursorPath => _dir.Path("ship.cursor");

    public void Dispose()
    {
        _keys.Dispose();
        _dir.Dispose();
    }

    [RsyslogFact]
    public async Task A_ledger_shipped_to_rsyslog_over_tcp_arrives_whole_and_its_checkpoints_verify()
    {
        using var rsyslog = Rsyslogd.Start(_dir.Root);
        var result = await Ship(Target($"syslog+tcp://127.0.0.1:{rsyslog.Port}"));

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal((200, 2), (result.EntriesSent, result.CheckpointsSent));
        var lines = rsyslog.WaitForMessages(202);
        Assert.StartsWith("<85>1 2026-11-01T08:00:00.000000Z build-01 bulwark - ledger - {\"type\":\"entry\"", lines[0]);
        var verification = ShippedVerifier.Verify(lines, _keys.Verifier);
        Assert.True(verification.Intact, verification.Summary);
        Assert.Equal(200, verification.VerifiedSize);
        Assert.StartsWith("nothing dropped up to entry 199", verification.Summary);
    }

    [RsyslogFact]
    public async Task A_shipper_cancelled_midway_resumes_from_its_cursor_once_rsyslog_is_back()
    {
        using var rsyslog = Rsyslogd.Start(_dir.Root);
        var target = Target($"syslog+tcp://127.0.0.1:{rsyslog.Port}");
        using var cancel = new CancellationTokenSource();
        var shipper = new LedgerShipper { Retry = Quick, AfterBatch = (at, _) => { if (at.NextIndex == 75) { cancel.Cancel(); } return Task.CompletedTask; } };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => shipper.ShipAsync(LedgerPath, target, CursorPath, 25, cancel.Token));
        await target.DisposeAsync();
        Assert.Equal(new ShipPosition(75, 0), ShipCursor.Load(CursorPath, out _)!.Position);
        rsyslog.WaitForMessages(75);
        rsyslog.Stop();
        rsyslog.Start();

        var resumed = await Ship(Target($"syslog+tcp://127.0.0.1:{rsyslog.Port}"));
        Assert.True(resumed.Succeeded, resumed.Problem);
        Assert.Equal((75L, 200L, 25L), (resumed.From.NextIndex, resumed.To.NextIndex, resumed.Resent));
        var verification = ShippedVerifier.Verify(rsyslog.WaitForMessages(227), _keys.Verifier);
        Assert.True(verification.Intact, verification.Summary);
        Assert.Equal((200L, 25L), (verification.VerifiedSize, verification.Duplicates));
    }

    [RsyslogFact]
    public async Task When_rsyslog_restarts_during_shipping_the_shipper_reconnects_and_sends_the_last_batch_again()
    {
        using var rsyslog = Rsyslogd.Start(_dir.Root);
        var shipper = new LedgerShipper
        {
            Retry = Quick,
            AfterBatch = (at, _) =>
            {
                if (at.NextIndex == 50)
                {
                    rsyslog.WaitForMessages(50);
                    rsyslog.Stop();
                    rsyslog.Start();
                }

                return Task.CompletedTask;
            },
        };

        await using var target = Target($"syslog+tcp://127.0.0.1:{rsyslog.Port}");
        var result = await shipper.ShipAsync(LedgerPath, target, CursorPath, 25, CancellationToken.None);

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal(25, result.Resent);
        var verification = ShippedVerifier.Verify(rsyslog.WaitForMessages(227), _keys.Verifier);
        Assert.True(verification.Intact, verification.Summary);
        Assert.Equal(200, verification.VerifiedSize);
    }

    [RsyslogTlsFact]
    public async Task A_ledger_shipped_over_tls_to_rsyslog_with_a_private_ca_verifies()
    {
        var certificates = TestCertificates.Create(_dir.Root);
        using var rsyslog = Rsyslogd.Start(_dir.Root, template: "%msg%", tls: certificates);
        var result = await Ship(Target($"syslog+tls://localhost:{rsyslog.Port}", certificates.CaFile));

        Assert.True(result.Succeeded, result.Problem);
        var lines = rsyslog.WaitForMessages(202);
        Assert.StartsWith("{\"type\":\"entry\"", lines[0]);
        var verification = ShippedVerifier.Verify(lines, _keys.Verifier);
        Assert.True(verification.Intact, verification.Summary);
        Assert.Equal(200, verification.VerifiedSize);
    }

    [RsyslogTlsFact]
    public async Task A_tls_collector_is_refused_when_its_certificate_names_another_host_or_its_ca_is_not_trusted()
    {
        var certificates = TestCertificates.Create(_dir.Root);
        using var rsyslog = Rsyslogd.Start(_dir.Root, tls: certificates);

        var wrongName = await Ship(Target($"syslog+tls://127.0.0.1:{rsyslog.Port}", certificates.CaFile));
        var untrusted = await Ship(Target($"syslog+tls://localhost:{rsyslog.Port}"));

        Assert.Equal(ShipStatus.GaveUp, wrongName.Status);
        Assert.Contains("refused: TLS with syslog+tls://127.0.0.1", wrongName.Problem);
        Assert.Equal(ShipStatus.GaveUp, untrusted.Status);
        Assert.Contains("refused: TLS with syslog+tls://localhost", untrusted.Problem);
        Assert.False(File.Exists(CursorPath));
    }

    [Fact]
    public async Task A_collector_that_is_not_listening_makes_the_shipper_give_up_after_its_attempts_with_no_cursor_written()
    {
        using var unused = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        unused.Start();
        var port = ((System.Net.IPEndPoint)unused.LocalEndpoint).Port;
        unused.Stop();

        var result = await Ship(Target($"syslog+tcp://127.0.0.1:{port}"));

        Assert.Equal(ShipStatus.GaveUp, result.Status);
        Assert.StartsWith($"shipping to syslog+tcp://127.0.0.1:{port} gave up after 8 attempt(s): sending to syslog+tcp://127.0.0.1:{port}: ", result.Problem);
        Assert.EndsWith("the cursor stays at entry 0, checkpoint 0, and the next run resumes there", result.Problem);
        Assert.False(File.Exists(CursorPath));
    }

    private static IShipTarget Target(string spec, string? ca = null) =>
        ShipTargets.Parse(spec, new ShipTargetOptions { CaFile = ca, Timeout = TimeSpan.FromSeconds(5) }).Value!;

    private async Task<ShipResult> Ship(IShipTarget target)
    {
        await using (target)
        {
            return await new LedgerShipper { Retry = Quick }.ShipAsync(LedgerPath, target, CursorPath, 25, CancellationToken.None);
        }
    }
}
