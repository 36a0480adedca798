using System.CommandLine;
using Bulwark.Cli.Console;
using Bulwark.Engine.Planning;
using Bulwark.Scanners.Integrity;

namespace Bulwark.Cli.Commands.Fim;

/// <summary><c>bulwark fim init</c>: records the first signed baseline.</summary>
public sealed class FimInitCommand
{
    private readonly Option<string> _policy = new("--config") { Description = "The integrity policy (YAML: rules, groups, exclude; see scanners/integrity/README.md). Without it, the built-in policy for a Linux server.", HelpName = "FILE" };
    private readonly Option<string> _reason = new("--reason") { Description = "Why this baseline is recorded, for the baseline and the ledger.", HelpName = "TEXT", DefaultValueFactory = _ => "first baseline" };
    private readonly Option<string?> _ledger = FimLedger.Option();
    private readonly FimPlanning _planning;
    private readonly CliContext _context;

    /// <summary>Builds the command.</summary>
    public FimInitCommand(CliContext context)
    {
        _context = context;
        Command = new Command("init", "Record a signed baseline of the root (the host itself by default); without --key, creates an Ed25519 key pair beside it.") { _policy, _reason, _ledger };
        _planning = new FimPlanning(context, Command, []);
        Command.SetAction((result, token) => Task.FromResult(Run(result, token)));
    }

    /// <summary>The command to add to <c>fim</c>.</summary>
    public Command Command { get; }

    private int Run(ParseResult result, CancellationToken cancellationToken)
    {
        var plan = _planning.Plan(result);
        if (plan is null)
        {
            return ExitCodes.UsageError;
        }

        var target = FimPlanning.Target(plan);
        var policy = result.GetValue(_policy) is { } file ? _context.Resolve(file) : null;
        var ledger = FimLedger.Open(result.GetValue(_ledger), _context);
        if (ledger.Failed)
        {
            return ExitCodes.UsageError;
        }

        using (ledger)
        {
            var actor = ledger.Actor;
            var reason = result.GetValue(_reason)!;
            var recorded = FimBaselines.Initialize(target, policy, actor.Id, reason, ScanExecution.ToolVersion, cancellationToken);
            var exit = FimReport.Outcome(recorded, _context);
            if (recorded.Summary is { } summary)
            {
                if (ledger.Record("fim.baseline.recorded", summary, reason) is { } refused)
                {
                    Messages.Error(_context.Error, $"the ledger refused the record: {refused}");
                    return ExitCodes.ScanError;
                }

                _context.Error.WriteLine($"baseline of {target.Root}: {summary.Entries} paths recorded in {summary.Database} (signed by {summary.KeyFingerprint}{(summary.KeyCreated ? $", a new key pair: {summary.Database}.key and {summary.Database}.pub" : "")}){ledger.Suffix}");
            }

            return exit;
        }
    }
}
