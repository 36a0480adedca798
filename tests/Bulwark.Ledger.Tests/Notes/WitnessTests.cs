using System.Text.Json;
using Bulwark.Ledger.Merkle;
using Bulwark.Ledger.Notes;

namespace Bulwark.Ledger.Tests.Notes;

public sealed class WitnessTests : IDisposable
{
    private const string Origin = "bulwark.example/audit";
    private readonly TempFolder _folder = new();
    private readonly LedgerKeys _log = LedgerKeys.Generate(Origin).Value!;
    private readonly LedgerKeys _witnessKey = LedgerKeys.Generate("witness.example/w1").Value!;
    private readonly FixedClock _clock = new(new DateTimeOffset(2025, 3, 20, 12, 0, 0, TimeSpan.Zero));
    private readonly TestTree _tree = new(16);
    private readonly List<(long Old, long New)> _proofsAsked = [];

    public void Dispose()
    {
        _log.Dispose();
        _witnessKey.Dispose();
        _folder.Dispose();
    }

    private string StatePath => _folder.File("witness-state.json");

    private Witness NewWitness() => new(_witnessKey.Signer, _log.Verifier, StatePath, _clock);

    private string Signed(long size, Hash root, string origin = Origin) => CheckpointNote.Sign(new Checkpoint(origin, size, root), _log.Signer);

    private NoteResult<Cosigned> Cosign(Witness witness, long size, TestTree? tree = null)
    {
        tree ??= _tree;
        return witness.Cosign(Signed(size, tree.Root(size)), (o, n) =>
        {
            _proofsAsked.Add((o, n));
            return tree.Proof(o, n);
        });
    }

    [Fact]
    public void The_first_checkpoint_is_trusted_on_first_use_and_remembered()
    {
        var result = Cosign(NewWitness(), 5).Value!;

        Assert.True(result.TrustedOnFirstUse);
        Assert.Contains("trusted on first use", result.Summary);
        Assert.Empty(_proofsAsked);
        using var state = JsonDocument.Parse(File.ReadAllText(StatePath));
        Assert.Equal(Origin, state.RootElement.GetProperty("origin").GetString());
        Assert.Equal(5, state.RootElement.GetProperty("size").GetInt64());
        Assert.Equal(_tree.Root(5).ToBase64(), state.RootElement.GetProperty("root").GetString());
        Assert.Equal("2025-03-20T12:00:00Z", state.RootElement.GetProperty("updated").GetString());
        Assert.Equal([StatePath], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void A_larger_checkpoint_with_a_valid_consistency_proof_is_cosigned()
    {
        var witness = NewWitness();
        Cosign(witness, 3);
        var result = Cosign(witness, 11).Value!;

        Assert.False(result.TrustedOnFirstUse);
        Assert.Equal([(3L, 11L)], _proofsAsked);
        Assert.Null(CosignatureVerifier.Verify(result.Text, witness.VerifierKey));
    }

    [Fact]
    public void The_same_checkpoint_again_is_cosigned_without_a_proof_and_replaces_the_old_cosignature()
    {
        var witness = NewWitness();
        var first = Cosign(witness, 6).Value!.Text;
        _clock.Now = _clock.Now.AddMinutes(5);
        var again = witness.Cosign(first, (_, _) => throw new InvalidOperationException("no proof is needed")).Value!;

        Assert.Equal(2, SignedNote.Parse(again.Text).Value!.Signatures.Count);
        Assert.NotEqual(first, again.Text);
    }

    [Fact]
    public void A_smaller_checkpoint_is_refused_as_a_rollback()
    {
        var witness = NewWitness();
        Cosign(witness, 9);
        Assert.Equal("rollback: checkpoint 4 is smaller than checkpoint 9 seen on 2025-03-20 12:00:00Z", Cosign(witness, 4).Reason);
    }

    [Fact]
    public void The_same_size_with_another_root_is_refused_as_a_fork()
    {
        var witness = NewWitness();
        Cosign(witness, 7);
        var reason = Cosign(witness, 7, new TestTree(16, "forged")).Reason;
        Assert.StartsWith("fork: checkpoint 7 has root ", reason);
        Assert.EndsWith("of checkpoint 7 seen on 2025-03-20 12:00:00Z", reason);
    }

    [Fact]
    public void A_larger_checkpoint_that_does_not_extend_the_last_one_is_refused_as_a_fork_and_not_remembered()
    {
        var witness = NewWitness();
        Cosign(witness, 7);
        var before = File.ReadAllText(StatePath);

        var reason = Cosign(witness, 12, new TestTree(16, "forged")).Reason;
        Assert.StartsWith("fork: checkpoint 12 is not consistent with 7 seen on 2025-03-20 12:00:00Z (", reason);
        Assert.Equal(before, File.ReadAllText(StatePath));
        Assert.True(Cosign(witness, 12).Succeeded);
    }

    [Fact]
    public void A_checkpoint_signed_by_another_key_is_refused_before_anything_is_remembered()
    {
        using var intruder = LedgerKeys.Generate(Origin).Value!;
        var text = CheckpointNote.Sign(new Checkpoint(Origin, 3, _tree.Root(3)), intruder.Signer);

        Assert.StartsWith($"wrong key: checkpoint signed by {Origin} (key {intruder.Signer.KeyId:x8})", NewWitness().Cosign(text, _tree.Proof).Reason);
        Assert.False(File.Exists(StatePath));
    }

    [Fact]
    public void A_checkpoint_for_another_origin_is_refused()
    {
        var witness = NewWitness();
        Cosign(witness, 3);
        var reason = witness.Cosign(Signed(4, _tree.Root(4), "other.example/log"), _tree.Proof).Reason;
        Assert.Equal($"wrong log: checkpoint is for 'other.example/log', but this witness follows '{Origin}'", reason);
    }

    [Fact]
    public void What_a_witness_saw_persists_for_the_next_instance()
    {
        Cosign(NewWitness(), 10);

        var restarted = NewWitness();
        Assert.StartsWith("rollback: checkpoint 8 is smaller than checkpoint 10", Cosign(restarted, 8).Reason);
        Assert.False(Cosign(restarted, 13).Value!.TrustedOnFirstUse);
        Assert.Equal([(10L, 13L)], _proofsAsked);
    }

    [Fact]
    public void An_empty_log_grows_without_a_proof_but_must_have_the_empty_root()
    {
        var witness = NewWitness();
        Assert.Contains("empty tree's root", witness.Cosign(Signed(0, _tree.Root(1)), _tree.Proof).Reason);
        Assert.True(witness.Cosign(Signed(0, Hash.Empty), _tree.Proof).Succeeded);
        Assert.True(Cosign(witness, 4).Succeeded);
        Assert.Empty(_proofsAsked);
    }

    [Fact]
    public void An_unreadable_state_file_stops_the_witness_from_cosigning()
    {
        File.WriteAllText(StatePath, "{ not json");
        var reason = Cosign(NewWitness(), 3).Reason;
        Assert.StartsWith($"witness state {StatePath}:", reason);
        Assert.Equal("{ not json", File.ReadAllText(StatePath));
    }
}
