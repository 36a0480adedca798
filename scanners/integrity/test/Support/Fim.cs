using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity.Tests.Support;

/// <summary>Runs the room's commands the way the CLI does, against a tree.</summary>
internal static class Fim
{
    public static FimSummary Init(FimTarget target, string? policy = null)
    {
        var result = FimBaselines.Initialize(target, policy, "tester", "first baseline", "test", CancellationToken.None);
        Assert.True(result.Summary is not null, $"init failed: {result.Failure} {string.Join("; ", result.Problems)}");
        return result.Summary!;
    }

    public static Recorder Check(FimTarget target)
    {
        var module = new IntegrityModule();
        var scanner = new IntegrityScanner(module.Info, module.BuiltInRules, target);
        var recorder = new Recorder();
        scanner.FinishAsync(recorder, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return recorder;
    }

    public static string Details(Finding finding) =>
        string.Join(", ", finding.Change!.Details.Select(d => $"{d.Name}: {d.Old ?? "-"} -> {d.New ?? "-"}"));
}
