using System.CommandLine;
using Bulwark.Cli.Console;
using Bulwark.Ledger.Notes;

namespace Bulwark.Cli.Commands.Ledger;

/// <summary><c>bulwark ledger init</c>: a new empty ledger, and an Ed25519 key pair when none exists yet.</summary>
public sealed class LedgerInitCommand
{
    private readonly Option<string> _ledger = LedgerOptions.Ledger();
    private readonly Option<string?> _key = LedgerOptions.SigningKey("The log's private key; created with its .pub beside it when missing. Default: LEDGER.key.");
    private readonly Option<string?> _origin = new("--origin") { Description = "The log's name, the first line of its checkpoints. Default: HOSTNAME/bulwark-audit.", HelpName = "NAME" };

    /// <summary>Builds the command.</summary>
    public LedgerInitCommand(CliContext context)
    {
        Command = new Command("init", "Create a ledger (and its signing key if missing).") { _ledger, _key, _origin };
        Command.SetAction(result =>
        {
            var path = context.Resolve(result.GetValue(_ledger)!);
            var keyPath = result.GetValue(_key) is { } key ? context.Resolve(key) : LedgerOptions.DefaultKey(path);
            var origin = result.GetValue(_origin) ?? $"{ActorDefaults.Host.ToLowerInvariant()}/bulwark-audit";
            var output = new StreamWriter(context.Output, leaveOpen: true) { AutoFlush = true };
            if (!File.Exists(keyPath))
            {
                var keys = LedgerKeys.Generate(origin);
                if (!keys.Succeeded)
                {
                    Messages.Problems(context.Error, keys.Problems);
                    return ExitCodes.UsageError;
                }

                using var pair = keys.Value!;
                if (pair.Write(keyPath, keyPath + ".pub") is { } problem)
                {
                    Messages.Problems(context.Error, [problem]);
                    return ExitCodes.UsageError;
                }

                output.WriteLine($"created key {keyPath} (private, mode 0600) and {keyPath}.pub");
            }

            var created = Bulwark.Ledger.Ledger.Create(path, origin);
            if (!created.Succeeded)
            {
                Messages.Problems(context.Error, created.Problems);
                return ExitCodes.UsageError;
            }

            created.Value!.Dispose();
            output.WriteLine($"created ledger {path} for log '{origin}'");
            return ExitCodes.Clean;
        });
    }

    /// <summary>The command.</summary>
    public Command Command { get; }
}
