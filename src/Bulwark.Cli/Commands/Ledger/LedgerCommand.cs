using System.CommandLine;

namespace Bulwark.Cli.Commands.Ledger;

/// <summary><c>bulwark ledger</c>: the tamper-evident audit log's verbs, one class each.</summary>
public static class LedgerCommand
{
    /// <summary>Builds the command tree.</summary>
    public static Command Create(CliContext context) => new("ledger", "The tamper-evident audit log: who did what, when and why.")
    {
        new LedgerInitCommand(context).Command,
        new LedgerAppendCommand(context).Command,
        new LedgerShowCommand(context).Command,
        new LedgerCheckpointCommand(context).Command,
        new LedgerProveCommand(context).Command,
        new LedgerVerifyCommand(context).Command,
        new LedgerWitnessCommand(context).Command,
        new LedgerShipCommand(context).Command,
    };
}
