using System.Buffers.Binary;
using Bulwark.Ledger.Notes;

namespace Bulwark.Ledger.Tests.Notes;

public sealed class CosignatureTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2025, 3, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly LedgerKeys _log = LedgerKeys.Generate("bulwark.example/audit").Value!;
    private readonly LedgerKeys _witnessKey = LedgerKeys.Generate("witness.example/w1").Value!;
    private readonly TestTree _tree = new(8);

    public void Dispose()
    {
        _log.Dispose();
        _witnessKey.Dispose();
        _folder.Dispose();
    }

    private Witness Witness() => new(_witnessKey.Signer, _log.Verifier, _folder.File("state.json"), new FixedClock(Noon));

    private string Cosigned(int size)
    {
        var text = CheckpointNote.Sign(new Checkpoint("bulwark.example/audit", size, _tree.Root(size)), _log.Signer);
        return Witness().Cosign(text, _tree.Proof).Value!.Text;
    }

    [Fact]
    public void A_cosigned_checkpoint_verifies_with_the_witness_key_and_still_with_the_log_key()
    {
        var witness = Witness();
        var text = Cosigned(5);

        Assert.Null(CosignatureVerifier.Verify(text, witness.VerifierKey));
        var opened = CheckpointNote.Open(text, _log.Verifier).Value!;
        Assert.Equal(5, opened.Checkpoint.Size);
        Assert.Equal("witness.example/w1", Assert.Single(opened.OtherSignatures).Name);
    }

    [Fact]
    public void The_cosignature_carries_the_signing_time_as_a_big_endian_timestamp()
    {
        var line = SignedNote.Parse(Cosigned(3)).Value!.Signatures[1];
        Assert.Equal(72, line.Signature.Length);
        Assert.Equal((ulong)Noon.ToUnixTimeSeconds(), BinaryPrimitives.ReadUInt64BigEndian(line.Signature));
    }

    [Fact]
    public void A_cosignature_over_a_changed_body_does_not_verify()
    {
        var witness = Witness();
        var text = Cosigned(4);
        var tampered = text.Replace("\n4\n", "\n5\n", StringComparison.Ordinal);
        Assert.StartsWith("bad signature: the note's signature by witness.example/w1", CosignatureVerifier.Verify(tampered, witness.VerifierKey));
    }

    [Fact]
    public void A_checkpoint_without_the_witness_line_is_reported_as_not_cosigned()
    {
        var text = CheckpointNote.Sign(new Checkpoint("bulwark.example/audit", 2, _tree.Root(2)), _log.Signer);
        var reason = CosignatureVerifier.Verify(text, Witness().VerifierKey);
        Assert.StartsWith("not cosigned: no signature by witness witness.example/w1", reason);
    }

    [Fact]
    public void The_cosignature_key_id_uses_type_four_so_it_never_passes_as_a_plain_note_signature()
    {
        var witness = Witness();
        var text = Cosigned(2);
        Assert.Matches(@"^witness\.example/w1\+[0-9a-f]{8}\+B", witness.VerifierKey);
        Assert.NotEqual(_witnessKey.Signer.KeyId, CosignatureVerifier.Parse(witness.VerifierKey).Value!.KeyId);
        Assert.StartsWith("wrong key:", SignedNote.Parse(text).Value!.Verify([_witnessKey.Verifier]));
        Assert.Contains("type byte 0x04", CosignatureVerifier.Parse(_witnessKey.Verifier.VerifierKey).Reason);
    }
}
