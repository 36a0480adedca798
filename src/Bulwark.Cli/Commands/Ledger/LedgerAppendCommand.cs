using System.CommandLine;
using System.Text;
using System.Text.Json;
using Bulwark.Cli.Console;
using Bulwark.Ledger.Events;
using Bulwark.Ledger.Notes;
using Bulwark.Sdk;

namespace Bulwark.Cli.Commands.Ledger;

/// <summary>
/// <c>bulwark ledger append</c>: one event from flags, or, without <c>--action</c>, one JSON event per line on
/// standard input, committed in batches of a thousand (one fsync each).
/// </summary>
public sealed class LedgerAppendCommand
{
    private readonly Option<string> _ledger = LedgerOptions.Ledger();
    private readonly Option<string?> _actor = new("--actor") { Description = "Who acted (default: BULWARK_ACTOR, else the OS user).", HelpName = "ID" };
    private readonly Option<string?> _actorKind = new("--actor-kind") { Description = "user or service.", HelpName = "KIND" };
    private readonly Option<string?> _auth = new("--auth") { Description = "How the actor authenticated: ldap, oidc, api-token, local-os-user.", HelpName = "METHOD" };
    private readonly Option<string?> _action = new("--action") { Description = "What was done, such as ignore.added; without it, events are read from standard input as JSON lines.", HelpName = "ACTION" };
    private readonly Option<string?> _subject = new("--subject") { Description = "What it was done to.", HelpName = "SUBJECT" };
    private readonly Option<string?> _reason = new("--reason") { Description = "Why (mandatory for actions that change state).", HelpName = "TEXT" };
    private readonly Option<string?> _payload = new("--payload") { Description = "Details as a JSON value.", HelpName = "JSON" };
    private readonly Option<string?> _key = LedgerOptions.SigningKey("Sign checkpoints as events stream in (every --checkpoint-every entries or minute, and at the end) with this private key.");
    private readonly Option<long> _every = new("--checkpoint-every") { Description = "With --key: entries between automatic checkpoints.", HelpName = "N", DefaultValueFactory = _ => 10_000 };
    private readonly CliContext _context;

    // Events per fsync when streaming: durability in batches, as group commit does for the server.
    private const int BatchSize = 1000;

    /// <summary>Builds the command.</summary>
    public LedgerAppendCommand(CliContext context)
    {
        _context = context;
        Command = new Command("append", "Append events: who did what to what, and why.") { _ledger, _actor, _actorKind, _auth, _action, _subject, _reason, _payload, _key, _every };
        Command.SetAction(Run);
    }

    /// <summary>The command.</summary>
    public Command Command { get; }

    private int Run(ParseResult result)
    {
        var defaults = new LedgerEvent
        {
            Actor = ActorDefaults.Resolve(result.GetValue(_actor), result.GetValue(_actorKind), result.GetValue(_auth)),
            Action = "",
            Subject = "",
            Time = DateTimeOffset.UtcNow,
            Host = ActorDefaults.Host,
        };
        IReadOnlyList<LedgerEvent>? single = null;
        if (result.GetValue(_action) is { } action)
        {
            var parsed = FromFlags(result, defaults with { Action = action });
            if (!parsed.Succeeded)
            {
                Messages.Problems(_context.Error, parsed.Problems);
                return ExitCodes.UsageError;
            }

            single = parsed.Value!;
        }

        NoteSigner? signer = null;
        if (result.GetValue(_key) is { } keyFile)
        {
            var loaded = LedgerKeys.LoadSigner(_context.Resolve(keyFile));
            if (!loaded.Succeeded)
            {
                Messages.Problems(_context.Error, loaded.Problems);
                return ExitCodes.UsageError;
            }

            signer = loaded.Value;
        }

        using var key = signer;
        var opened = Bulwark.Ledger.Ledger.Open(_context.Resolve(result.GetValue(_ledger)!), writable: true);
        if (!opened.Succeeded)
        {
            Messages.Problems(_context.Error, opened.Problems);
            return ExitCodes.UsageError;
        }

        using var ledger = opened.Value!;
        foreach (var note in ledger.RecoveryNotes)
        {
            Messages.Warning(_context.Error, note);
        }

        if (signer is not null)
        {
            ledger.AutoCheckpoint = new Bulwark.Ledger.CheckpointPolicy(signer, Math.Max(1, result.GetValue(_every)), TimeSpan.FromMinutes(1));
        }

        var first = ledger.Size;
        var problem = single is null ? Stream(ledger, defaults) : null;
        foreach (var entry in single ?? [])
        {
            ledger.Append(entry);
        }

        ledger.CheckpointPending();
        using var output = new StreamWriter(_context.Output, leaveOpen: true);
        var count = ledger.Size - first;
        output.WriteLine(count == 1 ? $"appended entry {first}" : $"appended {count} entries ({first}..{ledger.Size - 1})");
        if (problem is not null)
        {
            Messages.Problems(_context.Error, [problem]);
            return ExitCodes.UsageError;
        }

        return ExitCodes.Clean;
    }

    // Events stream in one per line and are committed in batches, so a long feed is durable as it goes. A bad
    // line stops the feed: what came before it stays appended, and the message names the line.
    private ConfigProblem? Stream(Bulwark.Ledger.Ledger ledger, LedgerEvent defaults)
    {
        using var input = new StreamReader(_context.Input, Encoding.UTF8);
        var number = 0;
        var appended = 0;
        for (var line = input.ReadLine(); line is not null; line = input.ReadLine())
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var (entry, problem) = EventParser.Parse(Encoding.UTF8.GetBytes(line), defaults with { Time = DateTimeOffset.UtcNow });
            problem ??= entry is null ? "not an event" : Actions.Problem(entry);
            if (problem is not null)
            {
                return new ConfigProblem($"stdin line {number}", problem + (appended > 0 ? $" (the {appended} events before it were appended)" : ""));
            }

            ledger.Append(entry!);
            appended++;
            if (appended % BatchSize == 0 || (ledger.AutoCheckpoint is { } policy && ledger.Size % policy.EveryEntries == 0))
            {
                ledger.Commit();
            }
        }

        return appended == 0 ? new ConfigProblem("stdin", "no events: give --action, or JSON events one per line on standard input") : null;
    }

    private Created<IReadOnlyList<LedgerEvent>> FromFlags(ParseResult result, LedgerEvent entry)
    {
        JsonElement? payload = null;
        if (result.GetValue(_payload) is { } json)
        {
            try
            {
                payload = JsonDocument.Parse(json).RootElement.Clone();
            }
            catch (JsonException e)
            {
                return Created<IReadOnlyList<LedgerEvent>>.Failed("--payload", "not JSON: " + e.Message);
            }
        }

        entry = entry with { Subject = result.GetValue(_subject) ?? "", Reason = result.GetValue(_reason), Payload = payload };
        return Actions.Problem(entry) is { } problem
            ? Created<IReadOnlyList<LedgerEvent>>.Failed("event", problem)
            : Created<IReadOnlyList<LedgerEvent>>.Ok([entry]);
    }
}
