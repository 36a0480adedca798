using Bulwark.Scanners.Host.Auditing;
using Bulwark.Scanners.Host.Benchmarks;
using Bulwark.Scanners.Host.Checks;
using Bulwark.Scanners.Host.Files;
using Bulwark.Scanners.Host.Model;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host;

/// <summary>
/// The audit as a scanner: it reads no files of the scan's source (the system is its input) and does its work
/// once, in <see cref="FinishAsync"/>, so the engine's policy, suppressions, gate and reporters apply unchanged.
/// </summary>
public sealed class HostScanner(ScannerInfo info, HostSettings settings, Func<RuleInfo, bool> isRuleEnabled) : IScanner
{
    /// <inheritdoc />
    public ScannerInfo Info { get; } = info;

    /// <inheritdoc />
    public IReadOnlyList<RuleInfo> Rules { get; } = [.. settings.Benchmarks.SelectMany(b => b.Checks).Select(HostFindings.RuleOf)];

    /// <summary>The files audited: the root tree, or the live host.</summary>
    public IHostFiles Files { get; } = settings.Root is { } root ? RootedHostFiles.ForRoot(root) : RootedHostFiles.Live();

    /// <summary>After the audit: the benchmark run and every result, for remediation.</summary>
    public (Benchmark Benchmark, IReadOnlyList<CheckResult> Results)? Audit { get; private set; }

    /// <inheritdoc />
    public bool Wants(SourceFile file) => false;

    /// <inheritdoc />
    public ValueTask ScanAsync(SourceFile file, ScanContent content, IFindingSink sink, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public ValueTask FinishAsync(IFindingSink sink, CancellationToken cancellationToken)
    {
        var (benchmark, problem) = BenchmarkChoice.For(settings.Benchmarks, settings.BenchmarkName, Files);
        if (benchmark is null)
        {
            sink.Error(Files.Description, problem!);
            return ValueTask.CompletedTask;
        }

        var context = new CheckContext(Files, settings.PasswordFiles);
        var results = HostAudit.Run(benchmark, settings.Level, context, c => isRuleEnabled(HostFindings.RuleOf(c)), cancellationToken);
        Audit = (benchmark, results);
        sink.Note(new ScanNote(Info.Id, $"{benchmark.Title}: {results.Count} checks at level {settings.Level} on {(Files.IsLive ? "the live host" : Files.Description)}"));
        foreach (var result in results)
        {
            sink.Check(HostFindings.Listed(result, benchmark));
            switch (result.Outcome.Status)
            {
                case CheckStatus.Fail:
                    sink.Add(HostFindings.For(result, Files.Description));
                    break;
                case CheckStatus.Error:
                    sink.Error(result.Outcome.Evidence.FirstOrDefault()?.File ?? Files.Description, $"{result.Definition.Id} could not be decided: {result.Outcome.Message}");
                    break;
            }
        }

        foreach (var score in HostAudit.Score(benchmark, results))
        {
            sink.Note(HostFindings.Note(score));
        }

        return ValueTask.CompletedTask;
    }
}
