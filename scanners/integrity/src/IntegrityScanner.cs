using Bulwark.Scanners.Integrity.Checking;
using Bulwark.Scanners.Integrity.Database;
using Bulwark.Scanners.Integrity.Walking;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity;

/// <summary>
/// <c>bulwark fim check</c> as a scanner: it reads no files of the scan's source; in <see cref="FinishAsync"/> it opens the
/// baseline (refusing one whose signature fails), walks the root the baseline's own policy names, and reports each change.
/// </summary>
public sealed class IntegrityScanner : IScanner
{
    private readonly FimTarget _target;
    private readonly Dictionary<string, RuleInfo> _rules;

    internal IntegrityScanner(ScannerInfo info, IReadOnlyList<RuleInfo> rules, FimTarget target)
    {
        Info = info;
        Rules = rules;
        _target = target;
        _rules = rules.ToDictionary(r => r.Id[(IntegrityModule.Id.Length + 1)..], StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public ScannerInfo Info { get; }

    /// <inheritdoc />
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>What is checked against which baseline.</summary>
    public FimTarget Target => _target;

    /// <inheritdoc />
    public bool Wants(SourceFile file) => false;

    /// <inheritdoc />
    public ValueTask ScanAsync(SourceFile file, ScanContent content, IFindingSink sink, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public ValueTask FinishAsync(IFindingSink sink, CancellationToken cancellationToken)
    {
        var (baseline, problem) = BaselineFile.OpenTrusted(_target);
        if (baseline is null)
        {
            sink.Error(_target.Database, problem!);
            return ValueTask.CompletedTask;
        }

        using (baseline)
        {
            var policy = baseline.Policy();
            if (!policy.Succeeded)
            {
                sink.Error(_target.Database, string.Join("; ", policy.Problems.Select(p => p.Message)));
                return ValueTask.CompletedTask;
            }

            var walker = new TreeWalker(_target.Root, policy.Value!);
            CheckOutcome outcome;
            try
            {
                outcome = new IntegrityCheck(walker, policy.Value!).Run(baseline.Entries(), null, cancellationToken);
            }
            catch (BaselineDamagedException e)
            {
                sink.Error(_target.Database, e.Message + "; the check's results were discarded");
                return ValueTask.CompletedTask;
            }

            foreach (var change in outcome.Changes)
            {
                sink.Add(IntegrityFindings.For(change, _rules[change.Kind], _target.Root));
            }

            foreach (var (path, message) in outcome.Errors)
            {
                sink.Error(path, message);
            }

            sink.Note(new ScanNote(Info.Id, $"{outcome.Examined} paths under {_target.Root} compared with the baseline of {baseline.Header.CreatedAt:yyyy-MM-dd HH:mm:ss}Z accepted by {baseline.Header.AcceptedBy} ({baseline.Count} entries, signed by {BaselineKeys.Fingerprint(baseline.SignerKey)}); {outcome.Changes.Count} changes"));
        }

        return ValueTask.CompletedTask;
    }
}
