using System.CommandLine;
using Bulwark.Cli.Console;
using Bulwark.Engine.Planning;
using Bulwark.Scanners.Integrity;

namespace Bulwark.Cli.Commands.Fim;

/// <summary><c>bulwark fim update --reason</c>: accepts the current state as the new baseline, saying who accepted it and why.</summary>
public sealed class FimUpdateCommand
{
    private readonly Option<string> _reason = new("--reason") { Description = "Why the changes are accepted (mandatory; kept in the baseline and the ledger).", Required = true, HelpName = "TEXT" };
    private readonly Option<string> _policy = new("--config") { Description = "A new integrity policy to record from now on; by default the baseline keeps its own.", HelpName = "FILE" };
    private readonly Option<string?> _ledger = FimLedger.Option();
    private readonly FimPlanning _planning;
    private readonly CliContext _context;

    /// <summary>Builds the command.</summary>
    public FimUpdateCommand(CliContext context)
    {
        _context = context;
        Command = new Command("update", "Accept the current state as the new baseline: the old one's signature is checked first, and the accepted changes are listed.") { _reason, _policy, _ledger };
        _planning = new FimPlanning(context, Command, []);
        Command.SetAction((result, token) => Task.FromResult(Run(result, token)));
    }

    /// <summary>The command to add to <c>fim</c>.</summary>
    public Command Command { get; }

    private int Run(ParseResult result, CancellationToken cancellationToken)
    {
        var reason = result.GetValue(_reason)!.Trim();
        if (reason.Length == 0)
        {
            Messages.Error(_context.Error, "--reason: say why the changes are accepted");
            return ExitCodes.UsageError;
        }

        var plan = _planning.Plan(result);
        if (plan is null)
        {
            return ExitCodes.UsageError;
        }

        var target = FimPlanning.Target(plan);
        var policy = result.GetValue(_policy) is { } file ? _context.Resolve(file) : null;
        using var ledger = FimLedger.Open(result.GetValue(_ledger), _context);
        if (ledger.Failed)
        {
            return ExitCodes.UsageError;
        }

        var accepted = FimBaselines.Update(target, policy, ledger.Actor.Id, reason, ScanExecution.ToolVersion, cancellationToken);
        var exit = FimReport.Outcome(accepted, _context);
        if (accepted.Summary is { } summary)
        {
            if (ledger.Record("fim.baseline.accepted", summary, reason) is { } refused)
            {
                Messages.Error(_context.Error, $"the baseline was accepted but the ledger refused the record: {refused}");
                return ExitCodes.ScanError;
            }

            var kinds = summary.Accepted.Count == 0 ? "no changes" : string.Join(", ", summary.Accepted.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Value} {k.Key}"));
            _context.Error.WriteLine($"accepted by {ledger.Actor.Id} ({reason}): {kinds}; {summary.Entries} paths in {summary.Database}, signed by {summary.KeyFingerprint}{ledger.Suffix}");
        }

        return exit;
    }
}
