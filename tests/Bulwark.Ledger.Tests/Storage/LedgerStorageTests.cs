using Bulwark.Ledger.Merkle;
using Bulwark.Ledger.Tests.Merkle;

namespace Bulwark.Ledger.Tests.Storage;

public sealed class LedgerStorageTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string LedgerPath => _dir.Path("audit.ledger");

    private Ledger Create(int entries)
    {
        var ledger = Ledger.Create(LedgerPath, "test.example/audit").Value!;
        for (var n = 0; n < entries; n++)
        {
            Assert.True(ledger.Append(TestEvents.Make(n)).Succeeded);
        }

        ledger.Commit();
        return ledger;
    }

    private static InMemoryTree Reference(Ledger ledger) => new([.. ledger.ReadEntries().Select(e => e.LeafHash)]);

    [Fact]
    public void Roots_and_proofs_from_the_stored_tree_match_the_rfc_definition_at_every_size()
    {
        using var ledger = Create(70);
        var reference = Reference(ledger);
        for (var size = 1; size <= 70; size++)
        {
            Assert.Equal(reference.Root(size), ledger.RootAt(size));
            var index = size / 2;
            Assert.Null(ProofVerifier.Inclusion(index, size, reference.Leaves[index], ledger.InclusionProof(index, size), ledger.RootAt(size)));
            if (size > 1)
            {
                Assert.Null(ProofVerifier.Consistency(size - 1, size, ledger.RootAt(size - 1), ledger.RootAt(size), ledger.ConsistencyProof(size - 1, size)));
            }
        }

        Assert.Equal(ledger.Root, ledger.RootAt(70));
    }

    [Fact]
    public void A_reopened_ledger_has_the_same_entries_root_and_checkpoints()
    {
        Hash root;
        using (var ledger = Create(33))
        {
            ledger.AppendCheckpoint("test.example/audit\n33\nAAAA\n\n— x AAAA\n");
            root = ledger.Root;
        }

        using var reopened = Ledger.Open(LedgerPath, writable: true).Value!;
        Assert.Equal(33, reopened.Size);
        Assert.Equal(root, reopened.Root);
        Assert.Empty(reopened.RecoveryNotes);
        Assert.Equal("finding/000032", reopened.ReadEntry(32).Event.Subject);
        Assert.Single(reopened.ReadCheckpoints());
        Assert.False(File.Exists(reopened.Paths.Lock + ".missing"));
    }

    [Fact]
    public void A_state_changing_event_without_a_reason_is_refused()
    {
        using var ledger = Create(0);
        var refused = ledger.Append(TestEvents.Make(1) with { Reason = null });
        Assert.False(refused.Succeeded);
        Assert.Contains("reason is mandatory", refused.Problems[0].Message);
        Assert.True(ledger.Append(TestEvents.Make(1, "report.viewed") with { Reason = null }).Succeeded);
    }

    [Fact]
    public void A_torn_last_write_is_cut_back_on_open_and_said_so()
    {
        long length;
        using (var ledger = Create(10))
        {
            length = new FileInfo(LedgerPath).Length;
        }

        // A crash mid-append leaves the start of a record with the rest never written.
        using (var file = new FileStream(LedgerPath, FileMode.Append))
        {
            file.Write([0xB7, 0x1E, 0x01, 0x40, 0x00, 0x00, 0x00, 0x7B, 0x22]);
        }

        using var reopened = Ledger.Open(LedgerPath, writable: true).Value!;
        Assert.Equal(10, reopened.Size);
        Assert.Contains(reopened.RecoveryNotes, n => n.Contains("cut back a torn last write", StringComparison.Ordinal) && n.Contains($"byte {length}", StringComparison.Ordinal));
        Assert.Equal(length, new FileInfo(LedgerPath).Length);
        Assert.True(reopened.Append(TestEvents.Make(10)).Succeeded);
        reopened.Commit();
        Assert.Equal(11, reopened.CommittedSize);
    }

    [Fact]
    public void Damage_inside_the_file_is_refused_with_its_byte_offset()
    {
        long offset;
        using (var ledger = Create(10))
        {
            offset = ledger.ReadEntry(4).Offset;
        }

        var bytes = File.ReadAllBytes(LedgerPath);
        bytes[offset + 20] ^= 0x01;
        File.WriteAllBytes(LedgerPath, bytes);
        foreach (var cache in new LedgerPaths(LedgerPath).Caches)
        {
            File.Delete(cache);
        }

        var opened = Ledger.Open(LedgerPath, writable: true);
        Assert.False(opened.Succeeded);
        Assert.Contains($"byte {offset}", opened.Problems[0].Message);
        Assert.Contains("altered", opened.Problems[0].Message);
    }

    [Fact]
    public void Deleted_or_damaged_caches_are_rebuilt_from_the_ledger()
    {
        Hash root;
        using (var ledger = Create(50))
        {
            root = ledger.Root;
        }

        File.Delete(LedgerPath + ".tree");
        File.WriteAllBytes(LedgerPath + ".idx", [1, 2, 3]);
        using var reopened = Ledger.Open(LedgerPath, writable: true).Value!;
        Assert.Equal(50, reopened.Size);
        Assert.Equal(root, reopened.Root);
        Assert.Null(ProofVerifier.Inclusion(7, 50, reopened.ReadEntry(7).LeafHash, reopened.InclusionProof(7, 50), root));
    }

    [Fact]
    public void A_second_writer_is_refused_while_readers_are_welcome()
    {
        using var writer = Create(3);
        var second = Ledger.Open(LedgerPath, writable: true);
        Assert.False(second.Succeeded);
        Assert.Contains("another process", second.Problems[0].Message);
        using var reader = Ledger.Open(LedgerPath, writable: false).Value!;
        Assert.Equal(3, reader.Size);
    }

    [Fact]
    public void A_reader_sees_the_ledger_as_of_the_last_commit()
    {
        using var writer = Create(5);
        for (var n = 5; n < 9; n++)
        {
            writer.Append(TestEvents.Make(n));
        }

        using (var before = Ledger.Open(LedgerPath, writable: false).Value!)
        {
            Assert.Equal(5, before.Size);
        }

        writer.Commit();
        using var after = Ledger.Open(LedgerPath, writable: false).Value!;
        Assert.Equal(9, after.Size);
        Assert.Equal(writer.Root, after.Root);
    }

    [Fact]
    public void Creating_over_an_existing_ledger_is_refused()
    {
        using (Create(1))
        {
        }

        Assert.Contains("already exists", Ledger.Create(LedgerPath, "x").Problems[0].Message);
    }
}
