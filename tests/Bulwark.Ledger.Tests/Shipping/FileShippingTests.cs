using Bulwark.Ledger.Shipping;

namespace Bulwark.Ledger.Tests.Shipping;

/// <summary>The file target, the cursor's safeguards, and follow mode.</summary>
public sealed class FileShippingTests : IDisposable
{
    private readonly ShippedFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task A_torn_last_line_is_sealed_by_the_next_append_and_only_noted_by_the_verifier()
    {
        File.WriteAllText(_file.Shipped, "{\"type\":\"entry\",\"origin\":\"ship.ex");

        var verification = ShippedVerifier.Verify(await _file.ShipLines(), _file.Keys.Verifier);

        Assert.True(verification.Intact, verification.Summary);
        Assert.StartsWith("line 1: not a complete message (a torn write?), ignored", Assert.Single(verification.Notes));
    }

    [Fact]
    public async Task A_cursor_kept_for_one_target_is_refused_for_another()
    {
        await _file.ShipLines();
        await using var other = ShipTargets.Parse(_file.Path("elsewhere.jsonl")).Value!;

        var result = await new LedgerShipper().ShipAsync(_file.LedgerPath, other, _file.CursorPath, 10, CancellationToken.None);

        Assert.Equal(ShipStatus.Refused, result.Status);
        Assert.Equal($"cursor {_file.CursorPath} belongs to target {new Uri(_file.Shipped).AbsoluteUri}, not {new Uri(_file.Path("elsewhere.jsonl")).AbsoluteUri}; give each target its own cursor file", result.Problem);
    }

    [Fact]
    public async Task A_cursor_ahead_of_the_ledger_is_refused_as_a_sign_of_a_replaced_ledger()
    {
        await _file.ShipLines();
        File.Delete(_file.LedgerPath);
        ShipLedgers.Grow(_file.LedgerPath, _file.Keys.Signer, 50);
        await using var target = ShipTargets.Parse(_file.Shipped).Value!;

        var result = await new LedgerShipper().ShipAsync(_file.LedgerPath, target, _file.CursorPath, 10, CancellationToken.None);

        Assert.Equal(ShipStatus.Refused, result.Status);
        Assert.Contains("says 100 entries and 2 checkpoints were shipped, but the ledger has only 50 and 0", result.Problem);
    }

    [Fact]
    public async Task Shipping_again_with_nothing_new_sends_nothing()
    {
        var before = (await _file.ShipLines()).Count;
        await using var target = ShipTargets.Parse("file://" + _file.Shipped).Value!;

        var result = await new LedgerShipper().ShipAsync(_file.LedgerPath, target, _file.CursorPath, 10, CancellationToken.None);

        Assert.Equal((ShipStatus.Done, 0L, 0L), (result.Status, result.EntriesSent, result.CheckpointsSent));
        Assert.Equal(before, File.ReadAllLines(_file.Shipped).Length);
    }

    [Fact]
    public async Task Following_ships_what_is_committed_later_until_cancelled()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var target = ShipTargets.Parse(_file.Shipped).Value!;
        var following = new LedgerShipper().FollowAsync(_file.LedgerPath, target, _file.CursorPath, 16, TimeSpan.FromMilliseconds(20), stop.Token);

        await WaitForLines(102);
        ShipLedgers.Grow(_file.LedgerPath, _file.Keys.Signer, 130, 130);
        await WaitForLines(133);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => following);
        var verification = ShippedVerifier.Verify(File.ReadAllLines(_file.Shipped), _file.Keys.Verifier);
        Assert.True(verification.Intact, verification.Summary);
        Assert.Equal((130L, 0L), (verification.VerifiedSize, verification.Duplicates));
    }

    private async Task WaitForLines(int count)
    {
        for (var waited = 0; !File.Exists(_file.Shipped) || File.ReadAllLines(_file.Shipped).Length < count; waited += 20)
        {
            Assert.True(waited < 10_000, $"fewer than {count} lines shipped after 10 s");
            await Task.Delay(20);
        }
    }
}
