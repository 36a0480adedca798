using Bulwark.Ledger.Storage;

namespace Bulwark.Ledger.Tests.Storage;

/// <summary>A crash can stop a write at any byte: for every cut inside the last records, reopening keeps exactly the complete ones.</summary>
public sealed class TornWriteTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Every_cut_inside_the_last_three_records_reopens_to_the_complete_entries()
    {
        var path = _dir.Path("audit.ledger");
        var ends = new List<long>();
        var cachesAt = new List<Dictionary<string, byte[]>>();
        using (var ledger = Ledger.Create(path, "torn.example/audit").Value!)
        {
            for (var n = 0; n < 12; n++)
            {
                ledger.Append(TestEvents.Make(n));
                ledger.Commit();
                ends.Add(new FileInfo(path).Length);

                // The caches as a crash right after this commit would leave them: never ahead of the durable file.
                cachesAt.Add(new LedgerPaths(path).Caches.ToDictionary(c => c, File.ReadAllBytes));
            }
        }

        var original = File.ReadAllBytes(path);
        for (var cut = ends[^4] + 1; cut < ends[^1]; cut++)
        {
            File.WriteAllBytes(path, original[..(int)cut]);
            var complete = ends.Count(e => e <= cut);
            foreach (var (cache, bytes) in cachesAt[complete - 1])
            {
                File.WriteAllBytes(cache, bytes);
            }

            using var reopened = Ledger.Open(path, writable: true).Value!;
            Assert.Equal(complete, reopened.Size);
            Assert.Equal(ends[complete - 1], new FileInfo(path).Length);
            Assert.Equal(cut == ends[complete - 1] ? [] : ["torn"], reopened.RecoveryNotes.Select(n => n.Contains("torn", StringComparison.Ordinal) ? "torn" : n));
            Assert.Equal(TestEvents.Make(complete - 1).Subject, reopened.ReadEntry(complete - 1).Event.Subject);
        }
    }
}
