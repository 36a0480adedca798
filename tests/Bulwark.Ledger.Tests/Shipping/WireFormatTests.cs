using System.Text;
using Bulwark.Ledger.Merkle;
using Bulwark.Ledger.Notes;
using Bulwark.Ledger.Shipping;

namespace Bulwark.Ledger.Tests.Shipping;

/// <summary>The exact bytes on the wire: entry and checkpoint messages, and syslog frames.</summary>
public sealed class WireFormatTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);
    private readonly TempDir _dir = new();
    private readonly LedgerKeys _keys = LedgerKeys.Generate(ShipLedgers.Origin).Value!;

    public void Dispose()
    {
        _keys.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void An_entry_message_embeds_the_stored_bytes_as_they_are_and_takes_time_and_host_from_the_event()
    {
        var entry = Entry(0);

        var message = WireFormat.Entry(ShipLedgers.Origin, entry, "shipper-01", Now, out var problem)!;

        Assert.Null(problem);
        Assert.Equal($$"""{"type":"entry","origin":"ship.example/audit","index":0,"leafHash":"{{entry.LeafHash.ToHex()}}","entry":{{Encoding.UTF8.GetString(entry.Bytes)}}}""", Encoding.UTF8.GetString(message.Json));
        Assert.Equal((TestEvents.Start, "build-01"), (message.Time, message.Host));
    }

    [Fact]
    public void A_checkpoint_message_carries_the_signed_note_as_a_json_string_and_its_size()
    {
        var note = CheckpointNote.Sign(new Checkpoint(ShipLedgers.Origin, 3, Hash.Empty), _keys.Signer);

        var message = WireFormat.Checkpoint(ShipLedgers.Origin, note, "shipper-01", Now, out _)!;

        var expected = $$"""{"type":"checkpoint","origin":"ship.example/audit","size":3,"note":"{{note.Replace("\n", "\\n", StringComparison.Ordinal)}}"}""";
        Assert.Equal(expected, Encoding.UTF8.GetString(message.Json));
        Assert.Equal((3L, Now, "shipper-01"), (message.Position, message.Time, message.Host));
    }

    [Fact]
    public void Bytes_that_are_not_a_one_line_json_object_are_not_shipped()
    {
        var entry = new LedgerEntry(7, 4096, "{\"a\":\n1}"u8.ToArray());

        Assert.Null(WireFormat.Entry(ShipLedgers.Origin, entry, "shipper-01", Now, out var problem));
        Assert.Equal("entry 7 (byte 4096 of the ledger) is not a one-line JSON object, so it cannot be shipped byte for byte", problem);
    }

    [Fact]
    public void A_syslog_frame_counts_the_octets_of_an_rfc_5424_message_at_authpriv_notice()
    {
        var json = "{\"type\":\"entry\",\"x\":\"é\"}"u8.ToArray();
        var message = new ShippedMessage("entry", 0, TestEvents.Start, "build 01", json);

        var frame = Encoding.UTF8.GetString(SyslogFormat.Frames([message, message]));

        const string Syslog = "<85>1 2026-11-01T08:00:00.000000Z build-01 bulwark - ledger - {\"type\":\"entry\",\"x\":\"é\"}";
        var octets = Encoding.UTF8.GetByteCount(Syslog);
        Assert.Equal($"{octets} {Syslog}{octets} {Syslog}", frame);
    }

    [Fact]
    public void The_verifier_finds_the_message_after_any_syslog_header_and_ignores_other_traffic()
    {
        var json = Encoding.UTF8.GetString(WireFormat.Entry(ShipLedgers.Origin, Entry(0), "m", Now, out _)!.Json);
        string[] lines = ["Nov  1 08:00:00 build-01 sshd[12]: Accepted publickey for alice", "Nov  1 08:00:00 build-01 bulwark ledger - " + json];

        var verification = ShippedVerifier.Verify(lines);

        Assert.Equal((1L, 0L), (verification.Entries, verification.VerifiedSize));
        Assert.Equal("1 entries received but no checkpoint yet: nothing proves that none were dropped", verification.Summary);
    }

    private LedgerEntry Entry(long index)
    {
        ShipLedgers.Grow(_dir.Path("audit.ledger"), _keys.Signer, (int)index + 1);
        using var ledger = Ledger.Open(_dir.Path("audit.ledger"), writable: false).Value!;
        return ledger.ReadEntry(index);
    }
}
