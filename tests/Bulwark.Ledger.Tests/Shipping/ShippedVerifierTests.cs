using Bulwark.Ledger.Merkle;
using Bulwark.Ledger.Shipping;

namespace Bulwark.Ledger.Tests.Shipping;

/// <summary>What the receiver's verification makes of shipped lines that were lost, altered, repeated or reordered.</summary>
public sealed class ShippedVerifierTests : IDisposable
{
    private readonly ShippedFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Shipped_lines_verify_up_to_the_last_checkpoint()
    {
        var verification = ShippedVerifier.Verify(await _file.ShipLines(), _file.Keys.Verifier);

        Assert.True(verification.Intact, verification.Summary);
        Assert.Equal((100L, 2, 100L), (verification.Entries, verification.Checkpoints, verification.VerifiedSize));
        Assert.Empty(verification.Notes);
    }

    [Fact]
    public async Task A_dropped_line_is_reported_as_the_missing_entry()
    {
        var lines = await _file.ShipLines();
        lines.RemoveAt(57);

        var verification = ShippedVerifier.Verify(lines, _file.Keys.Verifier);

        Assert.Equal(["entry 57 is missing"], verification.Problems);
        Assert.Equal(0, verification.VerifiedSize);
    }

    [Fact]
    public async Task A_line_claiming_an_absurd_index_is_one_gap_not_a_hang()
    {
        var lines = await _file.ShipLines();
        lines.Add(lines[5].Replace("\"index\":5,", "\"index\":1000000000000000,", StringComparison.Ordinal));

        var verification = ShippedVerifier.Verify(lines, _file.Keys.Verifier);

        Assert.Equal(["entries 100–999999999999999 are missing"], verification.Problems);
    }

    [Fact]
    public async Task An_edited_entry_no_longer_matches_its_leaf_hash()
    {
        var lines = await _file.ShipLines();
        lines[12] = lines[12].Replace("finding/000012", "finding/000099", StringComparison.Ordinal);

        var problem = Assert.Single(ShippedVerifier.Verify(lines, _file.Keys.Verifier).Problems);
        Assert.StartsWith("line 13: entry 12 hashes to leaf ", problem);
    }

    [Fact]
    public async Task An_edited_entry_with_a_recomputed_leaf_hash_fails_the_checkpoint_roots()
    {
        var lines = await _file.ShipLines();
        var forged = """{"action":"ignore.added","actor":{"auth":"ldap","id":"mallory","kind":"user"},"host":"build-01","reason":"x","subject":"finding/000012","time":"2026-11-01T08:00:12.000000Z","v":1}""";
        lines[12] = $$"""{"type":"entry","origin":"{{ShipLedgers.Origin}}","index":12,"leafHash":"{{Hash.Leaf(System.Text.Encoding.UTF8.GetBytes(forged)).ToHex()}}","entry":{{forged}}}""";

        var problems = ShippedVerifier.Verify(lines, _file.Keys.Verifier).Problems;

        Assert.Equal(2, problems.Count);
        Assert.StartsWith("the checkpoint of size 64 (line 101) has root ", problems[0]);
        Assert.StartsWith("the checkpoint of size 100 (line 102)", problems[1]);
    }

    [Fact]
    public async Task Reordered_and_repeated_lines_are_tolerated()
    {
        var lines = await _file.ShipLines();
        lines.AddRange(lines.Take(10));
        lines.Add(lines[^3]);
        lines.Reverse();

        var verification = ShippedVerifier.Verify(lines, _file.Keys.Verifier);

        Assert.True(verification.Intact, verification.Summary);
        Assert.Equal((100L, 11L), (verification.VerifiedSize, verification.Duplicates));
    }

    [Fact]
    public async Task A_repeat_with_different_contents_is_reported()
    {
        var lines = await _file.ShipLines();
        lines.Add(lines[30].Replace("\"n\":30", "\"n\":31", StringComparison.Ordinal));

        var problems = ShippedVerifier.Verify(lines, _file.Keys.Verifier).Problems;

        Assert.Contains("entry 30 arrived twice with different contents (lines 31 and 103)", problems);
    }

    [Fact]
    public async Task A_checkpoint_with_a_forged_size_fails_its_signature()
    {
        var lines = await _file.ShipLines();
        lines[100] = lines[100].Replace("\\n64\\n", "\\n63\\n", StringComparison.Ordinal).Replace("\"size\":64", "\"size\":63", StringComparison.Ordinal);

        var problems = ShippedVerifier.Verify(lines, _file.Keys.Verifier).Problems;

        Assert.StartsWith("line 101: checkpoint rejected: bad signature", Assert.Single(problems));
    }

    [Fact]
    public async Task Without_the_log_key_roots_are_still_compared_and_a_note_says_signatures_were_not_checked()
    {
        var verification = ShippedVerifier.Verify(await _file.ShipLines());

        Assert.True(verification.Intact);
        Assert.Contains("checkpoint signatures were not checked (no verifier key given): only the roots were compared", verification.Notes);
    }

    [Fact]
    public async Task Entries_after_the_last_checkpoint_are_not_yet_proven_and_the_summary_says_so()
    {
        ShipLedgers.Grow(_file.LedgerPath, _file.Keys.Signer, 110);
        var verification = ShippedVerifier.Verify(await _file.ShipLines(), _file.Keys.Verifier);

        Assert.Equal("nothing dropped up to entry 99: entries 0–99 reproduce the root of the checkpoint of size 100; 10 later entries await the next checkpoint", verification.Summary);
    }
}
