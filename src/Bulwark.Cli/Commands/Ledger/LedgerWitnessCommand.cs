using System.CommandLine;
using Bulwark.Cli.Console;
using Bulwark.Ledger.Notes;

namespace Bulwark.Cli.Commands.Ledger;

/// <summary>
/// <c>bulwark ledger witness</c>: co-sign the log's newest checkpoint only if it is consistent with the last one
/// this witness saw (kept in its own state file, on its own host), so a rewritten history cannot pass unseen.
/// </summary>
public sealed class LedgerWitnessCommand
{
    private readonly Option<string> _ledger = LedgerOptions.Ledger();
    private readonly Option<string> _key = new("--key") { Description = "The witness's private key (not the log's).", HelpName = "FILE", Required = true };
    private readonly Option<string> _logKey = new("--log-key") { Description = "The log's public key.", HelpName = "KEY", Required = true };
    private readonly Option<string> _state = new("--state") { Description = "The witness's state file: the last checkpoint it co-signed.", HelpName = "FILE", Required = true };
    private readonly Option<string?> _out = new("--out") { Description = "Write the co-signed checkpoint here (default: standard output).", HelpName = "FILE" };

    /// <summary>Builds the command.</summary>
    public LedgerWitnessCommand(CliContext context)
    {
        Command = new Command("witness", "Co-sign the newest checkpoint if it extends the last one this witness saw.") { _ledger, _key, _logKey, _state, _out };
        Command.SetAction(result =>
        {
            var signer = LedgerKeys.LoadSigner(context.Resolve(result.GetValue(_key)!));
            var log = LedgerKeys.LoadVerifier(context.ResolveKey(result.GetValue(_logKey)!));
            var opened = Bulwark.Ledger.Ledger.Open(context.Resolve(result.GetValue(_ledger)!), writable: false);
            if (!signer.Succeeded || !log.Succeeded || !opened.Succeeded)
            {
                Messages.Problems(context.Error, [.. signer.Problems, .. log.Problems, .. opened.Problems]);
                return ExitCodes.UsageError;
            }

            using var key = signer.Value!;
            using var ledger = opened.Value!;
            if (ledger.LatestCheckpoint() is not { } latest)
            {
                Messages.Error(context.Error, "the ledger has no checkpoint to witness yet");
                return ExitCodes.UsageError;
            }

            var witness = new Witness(key, log.Value!, context.Resolve(result.GetValue(_state)!));
            var cosigned = witness.Cosign(latest, ledger.ConsistencyProof);
            if (!cosigned.Succeeded)
            {
                Messages.Error(context.Error, "refused to co-sign: " + cosigned.Reason);
                return ExitCodes.Findings;
            }

            if (result.GetValue(_out) is { } path)
            {
                File.WriteAllText(context.Resolve(path), cosigned.Value!.Text);
            }
            else
            {
                using var output = new StreamWriter(context.Output, leaveOpen: true);
                output.Write(cosigned.Value!.Text);
            }

            context.Error.WriteLine($"bulwark: co-signed {cosigned.Value!.Checkpoint.Origin} at {cosigned.Value.Checkpoint.Size} entries{(cosigned.Value.TrustedOnFirstUse ? " (first checkpoint seen: trusted on first use)" : "")}");
            return ExitCodes.Clean;
        });
    }

    /// <summary>The command.</summary>
    public Command Command { get; }
}
