using System.CommandLine;
using Bulwark.Cli.Console;
using Bulwark.Ledger.Notes;
using Bulwark.Ledger.Shipping;

namespace Bulwark.Cli.Commands.Ledger;

/// <summary>
/// <c>bulwark ledger ship</c>: send entries and checkpoints off the host, at least once, resuming from a cursor;
/// and, with <c>--check</c>, verify on the receiving side that what arrived is the whole signed log.
/// </summary>
public sealed class LedgerShipCommand
{
    private readonly Option<string> _ledger = LedgerOptions.Ledger();
    private readonly Option<string?> _to = new("--to") { Description = "Where: syslog+tcp://host:port, syslog+tls://host:port, hec+https://host:8088, webhook+https://host/path, file:///mount/audit.jsonl.", HelpName = "TARGET" };
    private readonly Option<string?> _cursor = new("--cursor") { Description = "The cursor file that remembers what was sent. Default: LEDGER.ship-cursor.", HelpName = "FILE" };
    private readonly Option<string?> _ca = new("--ca") { Description = "A CA certificate (PEM) to trust for TLS targets.", HelpName = "FILE" };
    private readonly Option<string?> _token = new("--hec-token") { Description = "The Splunk HEC token. [env: BULWARK_HEC_TOKEN]", HelpName = "TOKEN" };
    private readonly Option<string?> _secret = new("--webhook-secret") { Description = "The webhook's HMAC secret. [env: BULWARK_WEBHOOK_SECRET]", HelpName = "SECRET" };
    private readonly Option<int> _batch = new("--batch") { Description = "Entries per batch.", DefaultValueFactory = _ => 500 };
    private readonly Option<bool> _follow = new("--follow") { Description = "Keep running and ship new entries as they are committed." };
    private readonly Option<string?> _check = new("--check") { Description = "Receiving side: verify a file of shipped messages (file target output, or rsyslog's) instead of shipping.", HelpName = "FILE" };
    private readonly Option<string?> _key = new("--key") { Description = "With --check: the log's public key, to check the checkpoints' signatures.", HelpName = "KEY" };
    private readonly CliContext _context;

    /// <summary>Builds the command.</summary>
    public LedgerShipCommand(CliContext context)
    {
        _context = context;
        Command = new Command("ship", "Ship the ledger off the host (syslog, Splunk HEC, webhook, file), or check what arrived.")
        {
            _ledger, _to, _cursor, _ca, _token, _secret, _batch, _follow, _check, _key,
        };
        Command.SetAction((result, token) => RunAsync(result, token));
    }

    /// <summary>The command.</summary>
    public Command Command { get; }

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        using var output = new StreamWriter(_context.Output, leaveOpen: true) { AutoFlush = true };
        if (result.GetValue(_check) is { } received)
        {
            return Check(_context.Resolve(received), result.GetValue(_key) is { } key ? _context.ResolveKey(key) : null, output);
        }

        if (result.GetValue(_to) is not { } spec)
        {
            Messages.Error(_context.Error, "--to: say where to ship (or use --check to verify what arrived)");
            return ExitCodes.UsageError;
        }

        var target = ShipTargets.Parse(spec, new ShipTargetOptions { CaFile = result.GetValue(_ca) is { } ca ? _context.Resolve(ca) : null, HecToken = result.GetValue(_token), WebhookSecret = result.GetValue(_secret) });
        if (!target.Succeeded)
        {
            Messages.Problems(_context.Error, target.Problems);
            return ExitCodes.UsageError;
        }

        var ledger = _context.Resolve(result.GetValue(_ledger)!);
        var cursor = result.GetValue(_cursor) is { } given ? _context.Resolve(given) : ledger + ".ship-cursor";
        await using var destination = target.Value!;
        var shipper = new LedgerShipper();
        var shipped = result.GetValue(_follow)
            ? await shipper.FollowAsync(ledger, destination, cursor, result.GetValue(_batch), TimeSpan.FromSeconds(2), cancellationToken)
            : await shipper.ShipAsync(ledger, destination, cursor, result.GetValue(_batch), cancellationToken);
        output.WriteLine(shipped.ToString());
        return shipped.Status switch
        {
            ShipStatus.Done => ExitCodes.Clean,
            ShipStatus.Refused => ExitCodes.UsageError,
            _ => ExitCodes.ScanError,
        };
    }

    private int Check(string path, string? key, TextWriter output)
    {
        NoteVerifier? log = null;
        if (key is not null)
        {
            var loaded = LedgerKeys.LoadVerifier(key);
            if (!loaded.Succeeded)
            {
                Messages.Problems(_context.Error, loaded.Problems);
                return ExitCodes.UsageError;
            }

            log = loaded.Value;
        }

        if (!File.Exists(path))
        {
            Messages.Error(_context.Error, $"--check: {path} not found");
            return ExitCodes.UsageError;
        }

        var verification = ShippedVerifier.Verify(File.ReadLines(path), log);
        output.WriteLine(verification.Summary);
        foreach (var line in verification.Problems.Select(p => "  TAMPERED " + p).Concat(verification.Notes.Select(n => "  note     " + n)))
        {
            output.WriteLine(line);
        }

        return verification.Intact ? ExitCodes.Clean : ExitCodes.Findings;
    }
}
