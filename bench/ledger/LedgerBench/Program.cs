using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Bulwark.Ledger;
using Bulwark.Ledger.Events;
using Bulwark.Ledger.Merkle;
using Bulwark.Ledger.Notes;
using Bulwark.Ledger.Verification;

// Measures the ledger: appends per second with one fsync per batch, the latency of each batch's fsync,
// verification throughput, proof times and bytes per entry. Usage: LedgerBench OUT_DIR ENTRIES BATCH
var folder = args.Length > 0 ? args[0] : "out";
var total = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000;
var batch = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
Directory.CreateDirectory(folder);
var path = Path.Combine(folder, "bench.ledger");
foreach (var old in Directory.GetFiles(folder, "bench.ledger*"))
{
    File.Delete(old);
}

using var keys = LedgerKeys.Generate("bench.example/audit").Value!;
var payload = JsonDocument.Parse("""{"finding":"5c0f3e0b2a9d4c1e8f7a6b5c4d3e2f10","state":"risk-accepted","expires":"2027-06-30"}""").RootElement;
LedgerEvent Event(long n) => new()
{
    Actor = new Actor(n % 3 == 0 ? "svc-ci" : "alice", n % 3 == 0 ? "service" : "user", n % 3 == 0 ? "api-token" : "ldap"),
    Action = "finding.state-changed",
    Subject = $"finding/{n}",
    Reason = "accepted by the security review of change " + n,
    Time = DateTimeOffset.UnixEpoch.AddSeconds(1_790_000_000 + n),
    Host = "bulwark-server-01",
    Payload = payload,
};

var commits = new List<double>();
var clock = Stopwatch.StartNew();
using (var ledger = Ledger.Create(path, "bench.example/audit").Value!)
{
    for (long n = 0; n < total; n++)
    {
        ledger.Append(Event(n));
        if ((n + 1) % batch == 0)
        {
            var fsync = Stopwatch.StartNew();
            ledger.Commit();
            commits.Add(fsync.Elapsed.TotalMilliseconds);
        }
    }

    ledger.Commit();
    LedgerCheckpoints.Write(ledger, keys.Signer);
}

var appendSeconds = clock.Elapsed.TotalSeconds;
commits.Sort();
var ledgerBytes = new FileInfo(path).Length;
var cacheBytes = new LedgerPaths(path).Caches.Sum(c => new FileInfo(c).Length);

clock.Restart();
var report = LedgerVerifier.Verify(path, LedgerCheckpoints.OpenerFor(keys.Verifier), []).Value!;
var verifySeconds = clock.Elapsed.TotalSeconds;

using var opened = Ledger.Open(path, writable: false).Value!;
var random = new Random(1);
var inclusion = new List<double>();
var consistency = new List<double>();
for (var i = 0; i < 2000; i++)
{
    var index = random.NextInt64(total);
    var timer = Stopwatch.StartNew();
    var proof = opened.InclusionProof(index, total);
    inclusion.Add(timer.Elapsed.TotalMicroseconds);
    if (i == 0 && ProofVerifier.Inclusion(index, total, opened.ReadEntry(index).LeafHash, proof, report.Root) is { } problem)
    {
        throw new InvalidOperationException(problem);
    }

    var old = random.NextInt64(1, total);
    timer.Restart();
    opened.ConsistencyProof(old, total);
    consistency.Add(timer.Elapsed.TotalMicroseconds);
}

inclusion.Sort();
consistency.Sort();
static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
Console.WriteLine($"| measure | value |");
Console.WriteLine($"|---|---|");
Console.WriteLine($"| entries | {total:N0} (batches of {batch:N0}, one fsync each) |");
Console.WriteLine($"| appends per second | {total / appendSeconds:N0} |");
Console.WriteLine($"| fsync per batch: median / p99 / max | {Percentile(commits, 0.5):F2} / {Percentile(commits, 0.99):F2} / {commits.LastOrDefault():F2} ms |");
Console.WriteLine($"| full verification | {verifySeconds:F2} s ({report.Entries / verifySeconds:N0} entries/s), intact: {report.Intact} |");
Console.WriteLine($"| inclusion proof at {total:N0}: median / p99 | {Percentile(inclusion, 0.5):F1} / {Percentile(inclusion, 0.99):F1} µs |");
Console.WriteLine($"| consistency proof to {total:N0}: median / p99 | {Percentile(consistency, 0.5):F1} / {Percentile(consistency, 0.99):F1} µs |");
Console.WriteLine($"| bytes per entry: ledger / with caches | {ledgerBytes / (double)total:F0} / {(ledgerBytes + cacheBytes) / (double)total:F0} |");
