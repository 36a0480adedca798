using System.CommandLine;
using System.Globalization;
using System.Text;
using Bulwark.Cli.Console;
using Bulwark.Ledger.Events;

namespace Bulwark.Cli.Commands.Ledger;

/// <summary><c>bulwark ledger show</c>: who did what, when and why, filtered by time, actor and action.</summary>
public sealed class LedgerShowCommand
{
    private readonly Option<string> _ledger = LedgerOptions.Ledger();
    private readonly Option<string?> _since = new("--since") { Description = "Only events at or after this time: an ISO date/time, or a span back from now such as 24h or 7d.", HelpName = "WHEN" };
    private readonly Option<string?> _actor = new("--actor") { Description = "Only events by this actor.", HelpName = "ID" };
    private readonly Option<string?> _action = new("--action") { Description = "Only this action, or actions under it (ignore matches ignore.added).", HelpName = "ACTION" };
    private readonly Option<bool> _json = new("--json") { Description = "Print each entry's canonical JSON, one per line." };
    private readonly CliContext _context;

    /// <summary>Builds the command.</summary>
    public LedgerShowCommand(CliContext context)
    {
        _context = context;
        Command = new Command("show", "Show who did what, when and why.") { _ledger, _since, _actor, _action, _json };
        Command.SetAction(Run);
    }

    /// <summary>The command.</summary>
    public Command Command { get; }

    private int Run(ParseResult result)
    {
        DateTimeOffset? since = null;
        if (result.GetValue(_since) is { } text)
        {
            since = ParseSince(text);
            if (since is null)
            {
                Messages.Error(_context.Error, $"--since: '{text}' is neither a date/time nor a span such as 24h, 7d or 30m");
                return ExitCodes.UsageError;
            }
        }

        var opened = Bulwark.Ledger.Ledger.Open(_context.Resolve(result.GetValue(_ledger)!), writable: false);
        if (!opened.Succeeded)
        {
            Messages.Problems(_context.Error, opened.Problems);
            return ExitCodes.UsageError;
        }

        using var ledger = opened.Value!;
        using var output = new StreamWriter(_context.Output, new UTF8Encoding(false), leaveOpen: true);
        var actor = result.GetValue(_actor);
        var action = result.GetValue(_action);
        var shown = 0;
        foreach (var entry in ledger.ReadEntries())
        {
            var e = entry.Event;
            if ((since is not null && e.Time < since) || (actor is not null && e.Actor.Id != actor)
                || (action is not null && e.Action != action && !e.Action.StartsWith(action + ".", StringComparison.Ordinal)))
            {
                continue;
            }

            shown++;
            output.WriteLine(result.GetValue(_json)
                ? Encoding.UTF8.GetString(entry.Bytes)
                : $"#{entry.Index,-6} {LedgerEvent.FormatTime(e.Time)[..19]}Z  {e.Actor.Id} ({e.Actor.AuthenticatedBy}) {e.Action} {e.Subject}{(e.Reason is null ? "" : "  — " + e.Reason)}");
        }

        if (!result.GetValue(_json))
        {
            output.WriteLine($"{shown} of {ledger.Size} entries");
        }

        return ExitCodes.Clean;
    }

    private static DateTimeOffset? ParseSince(string text)
    {
        var unit = text.Length > 1 ? text[^1] : ' ';
        if (double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
        {
            var span = unit switch { 'm' => TimeSpan.FromMinutes(amount), 'h' => TimeSpan.FromHours(amount), 'd' => TimeSpan.FromDays(amount), _ => (TimeSpan?)null };
            if (span is not null)
            {
                return DateTimeOffset.UtcNow - span.Value;
            }
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
    }
}
