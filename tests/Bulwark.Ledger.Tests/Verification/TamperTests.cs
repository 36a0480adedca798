using Bulwark.Ledger.Notes;
using Bulwark.Ledger.Storage;
using Bulwark.Ledger.Verification;

namespace Bulwark.Ledger.Tests.Verification;

/// <summary>Every kind of tampering the ledger promises to detect, each done to a real file and caught by verify.</summary>
public sealed class TamperTests : IDisposable
{
    private const string Origin = "test.example/audit";
    private readonly TempDir _dir = new();
    private readonly LedgerKeys _keys = LedgerKeys.Generate(Origin).Value!;

    public TamperTests()
    {
        using var ledger = Ledger.Create(LedgerPath, Origin).Value!;
        for (var n = 0; n < 200; n++)
        {
            ledger.Append(TestEvents.Make(n));
            if ((n + 1) % 50 == 0)
            {
                var note = LedgerCheckpoints.Write(ledger, _keys.Signer);
                if (n + 1 == 100)
                {
                    File.WriteAllText(_dir.Path("saved-at-100.checkpoint"), note);
                }
            }
        }

        File.WriteAllText(_dir.Path("saved-at-200.checkpoint"), ledger.LatestCheckpoint()!);
    }

    private string LedgerPath => _dir.Path("audit.ledger");

    public void Dispose()
    {
        _keys.Dispose();
        _dir.Dispose();
    }

    private VerificationReport Verify(params string[] trustedFiles)
    {
        var trusted = trustedFiles.Select(f => new TrustedCheckpoint(CheckpointNote.Open(File.ReadAllText(_dir.Path(f)), _keys.Verifier).Value!.Checkpoint, f)).ToList();
        var report = LedgerVerifier.Verify(LedgerPath, LedgerCheckpoints.OpenerFor(_keys.Verifier), trusted);
        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        return report.Value!;
    }

    private (long Offset, int Length) EntryRecord(long index)
    {
        using var ledger = Ledger.Open(LedgerPath, writable: false).Value!;
        var entry = ledger.ReadEntry(index);
        return (entry.Offset, RecordFormat.FramedLength(entry.Bytes.Length));
    }

    private void Rewrite(Func<byte[], byte[]> change) => File.WriteAllBytes(LedgerPath, change(File.ReadAllBytes(LedgerPath)));

    [Fact]
    public void An_untouched_ledger_verifies_with_every_checkpoint()
    {
        var report = Verify("saved-at-100.checkpoint", "saved-at-200.checkpoint");
        Assert.True(report.Intact, string.Join("\n", report.Problems));
        Assert.Equal(200, report.Entries);
        Assert.Equal(4, report.CheckpointsVerified);
        Assert.Equal(200, report.VerifiedSize);
    }

    [Fact]
    public void A_flipped_byte_in_an_entry_is_a_damaged_record_at_its_offset()
    {
        var (offset, _) = EntryRecord(60);
        Rewrite(bytes => { bytes[offset + 30] ^= 0x20; return bytes; });
        var report = Verify();
        Assert.False(report.Intact);
        var damage = Assert.Single(report.Problems, p => p.Issue == VerificationIssue.DamagedRecord);
        Assert.Equal(offset, damage.Offset);
        Assert.Equal(60, damage.Entry);
    }

    [Fact]
    public void An_entry_rewritten_with_a_valid_checksum_breaks_the_signed_root_and_is_pinpointed()
    {
        var (offset, length) = EntryRecord(60);
        Rewrite(bytes =>
        {
            var payload = bytes.AsSpan((int)offset + RecordFormat.Overhead, length - RecordFormat.Overhead - RecordFormat.Trailer).ToArray();
            var text = System.Text.Encoding.UTF8.GetString(payload).Replace("alice", "mallo", StringComparison.Ordinal);
            RecordFormat.Write(RecordKind.Entry, System.Text.Encoding.UTF8.GetBytes(text), bytes.AsSpan((int)offset));
            return bytes;
        });
        var report = Verify();
        Assert.False(report.Intact);
        Assert.Contains(report.Problems, p => p.Issue == VerificationIssue.RootMismatch);
        Assert.Equal(50, report.VerifiedSize);
        var modified = Assert.Single(report.Problems, p => p.Issue == VerificationIssue.ModifiedEntry);
        Assert.Equal(60, modified.Entry);
        Assert.Equal(offset, modified.Offset);
    }

    [Fact]
    public void A_deleted_entry_is_caught_by_the_next_checkpoint()
    {
        var (offset, length) = EntryRecord(120);
        Rewrite(bytes => [.. bytes.AsSpan(0, (int)offset), .. bytes.AsSpan((int)(offset + length))]);
        var report = Verify();
        Assert.False(report.Intact);
        Assert.Contains(report.Problems, p => p.Issue == VerificationIssue.MissingEntries);
        Assert.Equal(100, report.VerifiedSize);
        Assert.Contains(report.Problems, p => p.Issue == VerificationIssue.ModifiedEntry && p.Entry == 120);
    }

    [Fact]
    public void A_log_cut_after_an_entry_is_caught_by_a_checkpoint_kept_elsewhere()
    {
        var (offset, length) = EntryRecord(149);
        Rewrite(bytes => bytes[..(int)(offset + length)]);
        var report = Verify("saved-at-200.checkpoint");
        Assert.False(report.Intact);
        Assert.Contains(report.Problems, p => p.Issue == VerificationIssue.Rollback);
        Assert.Contains(report.Problems, p => p.Issue == VerificationIssue.CacheRemembersMore);
    }

    [Fact]
    public void A_log_cut_inside_its_committed_last_record_is_a_torn_tail_the_caches_expose_as_a_cut()
    {
        Rewrite(bytes => bytes[..^10]);
        var report = Verify();
        var torn = Assert.Single(report.Problems, p => p.Issue == VerificationIssue.TornTail);
        Assert.NotNull(torn.Offset);
        Assert.Single(report.Problems, p => p.Issue == VerificationIssue.CacheRemembersMore);
        Assert.False(report.Intact);
    }

    [Fact]
    public void A_write_torn_by_a_crash_before_its_commit_is_only_a_warning()
    {
        using (var file = new FileStream(LedgerPath, FileMode.Append))
        {
            file.Write([0xB7, 0x1E, 0x01, 0x40, 0x00, 0x00, 0x00, 0x7B]);
        }

        var report = Verify();
        Assert.Single(report.Problems, p => p.Issue == VerificationIssue.TornTail);
        Assert.True(report.Intact);
    }

    [Fact]
    public void A_forged_entry_with_a_checkpoint_signed_by_another_key_is_rejected()
    {
        using (var ledger = Ledger.Open(LedgerPath, writable: true).Value!)
        using (var mallory = LedgerKeys.Generate(Origin).Value!)
        {
            ledger.Append(TestEvents.Make(999));
            LedgerCheckpoints.Write(ledger, mallory.Signer);
        }

        var report = Verify();
        Assert.False(report.Intact);
        Assert.Contains(report.Problems, p => p.Issue == VerificationIssue.BadSignature);
    }

    [Fact]
    public void A_forged_entry_appended_without_a_checkpoint_is_reported_as_not_vouched_for()
    {
        using (var ledger = Ledger.Open(LedgerPath, writable: true).Value!)
        {
            ledger.Append(TestEvents.Make(999));
        }

        var report = Verify();
        Assert.True(report.Intact);
        Assert.Contains(report.Problems, p => p.Issue == VerificationIssue.UnsignedTail && p.Message.StartsWith("1 entries", StringComparison.Ordinal));
    }

    [Fact]
    public void Rolling_back_to_an_older_copy_is_caught_by_a_newer_checkpoint_kept_elsewhere()
    {
        var (offset, length) = EntryRecord(99);
        var older = File.ReadAllBytes(LedgerPath)[..(int)(offset + length)];
        foreach (var cache in new LedgerPaths(LedgerPath).Caches)
        {
            File.Delete(cache);
        }

        File.WriteAllBytes(LedgerPath, older);
        var report = Verify("saved-at-200.checkpoint");
        var rollback = Assert.Single(report.Problems, p => p.Issue == VerificationIssue.Rollback);
        Assert.Contains("vouches for 200", rollback.Message);
    }

    [Fact]
    public void A_rewritten_history_signed_with_the_log_key_is_a_fork_against_a_saved_checkpoint()
    {
        foreach (var file in new[] { LedgerPath }.Concat(new LedgerPaths(LedgerPath).Caches))
        {
            File.Delete(file);
        }

        using (var forged = Ledger.Create(LedgerPath, Origin).Value!)
        {
            for (var n = 0; n < 200; n++)
            {
                forged.Append(TestEvents.Make(n == 42 ? 4242 : n));
            }

            LedgerCheckpoints.Write(forged, _keys.Signer);
        }

        var report = Verify("saved-at-100.checkpoint");
        Assert.True(report.CheckpointsVerified == 1, "the forged log's own checkpoint is validly signed");
        Assert.Single(report.Problems, p => p.Issue == VerificationIssue.Fork);
    }

    [Fact]
    public void A_validly_signed_checkpoint_over_a_wrong_root_does_not_match()
    {
        using (var ledger = Ledger.Open(LedgerPath, writable: true).Value!)
        {
            var wrong = new Checkpoint(Origin, 200, ledger.RootAt(199));
            ledger.AppendCheckpoint(CheckpointNote.Sign(wrong, _keys.Signer));
        }

        var report = Verify();
        Assert.False(report.Intact);
        Assert.Single(report.Problems, p => p.Issue == VerificationIssue.RootMismatch);
    }
}
