using System.CommandLine;
using Bulwark.Cli.Console;
using Bulwark.Ledger;
using Bulwark.Ledger.Notes;

namespace Bulwark.Cli.Commands.Ledger;

/// <summary><c>bulwark ledger checkpoint</c>: sign the log's current size and root, store it, print it (and save a copy elsewhere).</summary>
public sealed class LedgerCheckpointCommand
{
    private readonly Option<string> _ledger = LedgerOptions.Ledger();
    private readonly Option<string?> _key = LedgerOptions.SigningKey("The log's private key. Default: LEDGER.key.");
    private readonly Option<string?> _out = new("--out") { Description = "Also save the signed checkpoint to this file (keep it on another host: verify --trusted-checkpoint).", HelpName = "FILE" };

    /// <summary>Builds the command.</summary>
    public LedgerCheckpointCommand(CliContext context)
    {
        Command = new Command("checkpoint", "Sign a checkpoint of the log's current state.") { _ledger, _key, _out };
        Command.SetAction(result =>
        {
            var path = context.Resolve(result.GetValue(_ledger)!);
            var signer = LedgerKeys.LoadSigner(result.GetValue(_key) is { } keyFile ? context.Resolve(keyFile) : LedgerOptions.DefaultKey(path));
            var opened = Bulwark.Ledger.Ledger.Open(path, writable: true);
            if (!signer.Succeeded || !opened.Succeeded)
            {
                Messages.Problems(context.Error, [.. signer.Problems, .. opened.Problems]);
                return ExitCodes.UsageError;
            }

            using var key = signer.Value!;
            using var ledger = opened.Value!;
            if (key.Name != ledger.Origin)
            {
                Messages.Error(context.Error, $"the key is for '{key.Name}' but the ledger's origin is '{ledger.Origin}'");
                return ExitCodes.UsageError;
            }

            var note = LedgerCheckpoints.Write(ledger, key);
            if (result.GetValue(_out) is { } copy)
            {
                File.WriteAllText(context.Resolve(copy), note);
            }

            using var output = new StreamWriter(context.Output, leaveOpen: true);
            output.Write(note);
            return ExitCodes.Clean;
        });
    }

    /// <summary>The command.</summary>
    public Command Command { get; }
}
