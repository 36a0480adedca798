using System.Diagnostics;

namespace Bulwark.Cli.Tests;

/// <summary>A real writer process killed while it streams events: the ledger must reopen, cut any torn write back, and verify.</summary>
public class LedgerCrashTests
{
    [Fact]
    public async Task A_writer_killed_mid_batch_leaves_a_ledger_that_reopens_and_verifies()
    {
        using var project = new TempProject();
        Assert.Equal(0, CliRun.Of(project.Root, "ledger", "init", "--ledger", "audit.ledger", "--origin", "crash.example/audit").ExitCode);
        long previous = 0;
        for (var round = 0; round < 3; round++)
        {
            await KillMidStream(project.Root, killAfterBytes: 400_000 + (round * 123_457));
            var checkpoint = CliRun.Of(project.Root, "ledger", "checkpoint", "--ledger", "audit.ledger");
            Assert.True(checkpoint.ExitCode == 0, checkpoint.ToString());
            var verify = CliRun.Of(project.Root, "ledger", "verify", "--ledger", "audit.ledger");
            Assert.True(verify.ExitCode == 0, verify.ToString());
            Assert.Contains("verdict: intact", verify.Output);
            var size = long.Parse(checkpoint.Output.Split('\n')[1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(size > previous, $"round {round}: the ledger did not grow ({previous} → {size})");
            previous = size;
        }
    }

    // Feeds events until the writer has committed several batches, then kills it at an arbitrary moment of its work.
    private static async Task KillMidStream(string root, int killAfterBytes)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "bulwark.dll"), "ledger", "append", "--ledger", "audit.ledger", "--actor", "crash-test"])
        {
            WorkingDirectory = root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var ledger = Path.Combine(root, "audit.ledger");
        var before = new FileInfo(ledger).Length;
        using var writer = Process.Start(start)!;
        using var stop = new CancellationTokenSource();
        var feed = Task.Run(async () =>
        {
            try
            {
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    await writer.StandardInput.WriteLineAsync($$"""{"action":"fim.baseline.accepted","subject":"/etc/file{{n}}","reason":"crash test {{n}}"}""");
                }
            }
            catch (IOException)
            {
                // the writer is gone
            }
        });
        var waited = Stopwatch.StartNew();
        while (new FileInfo(ledger).Length < before + killAfterBytes && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(5);
        }

        Assert.False(writer.HasExited, "the writer must still be streaming when it is killed");
        Assert.True(new FileInfo(ledger).Length >= before + killAfterBytes, "the writer committed nothing within a minute");
        writer.Kill(entireProcessTree: true);
        await writer.WaitForExitAsync();
        await stop.CancelAsync();
        await feed;
    }
}
