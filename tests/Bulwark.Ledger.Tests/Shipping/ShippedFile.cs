using Bulwark.Ledger.Notes;
using Bulwark.Ledger.Shipping;

namespace Bulwark.Ledger.Tests.Shipping;

/// <summary>A ledger of 100 entries with checkpoints at 64 and 100, shipped to a JSON-lines file in a temporary folder.</summary>
internal sealed class ShippedFile : IDisposable
{
    private readonly TempDir _dir = new();

    public ShippedFile() => ShipLedgers.Grow(LedgerPath, Keys.Signer, 100, 64, 100);

    public LedgerKeys Keys { get; } = LedgerKeys.Generate(ShipLedgers.Origin).Value!;

    public string LedgerPath => _dir.Path("audit.ledger");

    public string Shipped => _dir.Path("shipped.jsonl");

    public string CursorPath => _dir.Path("ship.cursor");

    public string Path(string name) => _dir.Path(name);

    /// <summary>Ships what is new, 16 messages a batch, and returns every line of the file.</summary>
    public async Task<List<string>> ShipLines()
    {
        await using var target = ShipTargets.Parse(Shipped).Value!;
        var result = await new LedgerShipper().ShipAsync(LedgerPath, target, CursorPath, 16, CancellationToken.None);
        Assert.True(result.Succeeded, result.Problem);
        return [.. File.ReadAllLines(Shipped)];
    }

    public void Dispose()
    {
        Keys.Dispose();
        _dir.Dispose();
    }
}
