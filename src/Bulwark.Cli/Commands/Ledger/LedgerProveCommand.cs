using System.CommandLine;
using Bulwark.Cli.Console;
using Bulwark.Ledger.Notes;

namespace Bulwark.Cli.Commands.Ledger;

/// <summary><c>bulwark ledger prove ENTRY</c>: an inclusion proof bundle against the newest checkpoint covering the entry.</summary>
public sealed class LedgerProveCommand
{
    private readonly Option<string> _ledger = LedgerOptions.Ledger();
    private readonly Argument<long> _entry = new("entry") { Description = "The entry's index." };
    private readonly Option<string?> _out = new("--out") { Description = "Write the proof to this file instead of standard output.", HelpName = "FILE" };

    /// <summary>Builds the command.</summary>
    public LedgerProveCommand(CliContext context)
    {
        Command = new Command("prove", "Prove that an entry is in the signed log (checkable offline with 'ledger verify --proof').") { _ledger, _entry, _out };
        Command.SetAction(result =>
        {
            var opened = Bulwark.Ledger.Ledger.Open(context.Resolve(result.GetValue(_ledger)!), writable: false);
            if (!opened.Succeeded)
            {
                Messages.Problems(context.Error, opened.Problems);
                return ExitCodes.UsageError;
            }

            using var ledger = opened.Value!;
            var index = result.GetValue(_entry);
            var note = ledger.ReadCheckpoints().LastOrDefault(n => CheckpointNote.ParseBody(Body(n)).Value?.Size > index);
            if (index < 0 || index >= ledger.CommittedSize)
            {
                Messages.Error(context.Error, $"entry {index} does not exist: the ledger has {ledger.CommittedSize} entries");
                return ExitCodes.UsageError;
            }

            if (note is null)
            {
                Messages.Error(context.Error, $"no checkpoint covers entry {index} yet; write one with 'bulwark ledger checkpoint'");
                return ExitCodes.UsageError;
            }

            var size = CheckpointNote.ParseBody(Body(note)).Value!.Size;
            var bundle = ProofBundle.Write(ledger.Origin, index, size, ledger.ReadEntry(index).Bytes, ledger.InclusionProof(index, size), note);
            if (result.GetValue(_out) is { } path)
            {
                File.WriteAllText(context.Resolve(path), bundle);
            }
            else
            {
                using var output = new StreamWriter(context.Output, leaveOpen: true);
                output.Write(bundle);
            }

            return ExitCodes.Clean;
        });
    }

    /// <summary>The command.</summary>
    public Command Command { get; }

    private static string Body(string note) => note[..(note.LastIndexOf("\n\n", StringComparison.Ordinal) + 1)];
}
