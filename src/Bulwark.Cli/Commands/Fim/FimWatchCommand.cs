using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bulwark.Cli.Console;
using Bulwark.Scanners.Integrity.Watching;
using Bulwark.Sdk;

namespace Bulwark.Cli.Commands.Fim;

/// <summary>
/// <c>bulwark fim watch</c>: reports changes as they happen (inotify), re-checks everything when events were lost, and
/// runs a full check on a schedule; one line per change on standard output until interrupted.
/// </summary>
public sealed class FimWatchCommand
{
    private readonly Option<string> _interval = new("--interval") { Description = "How often to run a full check besides watching events (30m, 1h, 1d; 0 for never).", HelpName = "DURATION", DefaultValueFactory = _ => "1h" };
    private readonly Option<string> _format = new("--format") { Description = "One line per change: text, or json (a JSON object per line).", HelpName = "text|json", DefaultValueFactory = _ => "text" };
    private readonly FimPlanning _planning;
    private readonly CliContext _context;

    /// <summary>Builds the command.</summary>
    public FimWatchCommand(CliContext context)
    {
        _context = context;
        _format.AcceptOnlyFromAmong("text", "json");
        Command = new Command("watch", "Watch the root for changes against its signed baseline and report each as it happens.") { _interval, _format };
        _planning = new FimPlanning(context, Command, []);
        Command.SetAction((result, token) => RunAsync(result, token));
    }

    /// <summary>The command to add to <c>fim</c>.</summary>
    public Command Command { get; }

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var interval = ParseInterval(result.GetValue(_interval)!);
        if (interval is null)
        {
            Messages.Error(_context.Error, $"--interval: '{result.GetValue(_interval)}' is not a duration (write 30s, 15m, 1h or 1d; 0 for never)");
            return ExitCodes.UsageError;
        }

        var plan = _planning.Plan(result);
        if (plan is null)
        {
            return ExitCodes.UsageError;
        }

        var json = result.GetValue(_format) == "json";
        var output = new StreamWriter(_context.Output, leaveOpen: true) { AutoFlush = true };
        await using (output.ConfigureAwait(false))
        {
            using var watcher = new FimWatcher(FimPlanning.Target(plan), interval.Value, e => output.WriteLine(json ? Json(e) : Text(e)));
            watcher.Ready += () => _context.Error.WriteLine("watching; press Ctrl+C to stop");
            watcher.Problem += problem => Messages.Warning(_context.Error, problem);
            var failure = await watcher.RunAsync(cancellationToken).ConfigureAwait(false);
            if (failure is null)
            {
                return ExitCodes.Clean;
            }

            Messages.Error(_context.Error, failure);
            return ExitCodes.ScanError;
        }
    }

    internal static TimeSpan? ParseInterval(string text) => text == "0" ? TimeSpan.Zero : Bulwark.Rules.Durations.Parse(text);

    private static string Text(FimEvent e) =>
        $"{e.Time:yyyy-MM-ddTHH:mm:ssZ} {e.Finding.Severity.Name(),-8} {e.Finding.Change!.Kind,-20} {e.Finding.Message} [{e.Trigger}]";

    private static string Json(FimEvent e) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["time"] = e.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        ["trigger"] = e.Trigger,
        ["path"] = e.Finding.Location.Path,
        ["kind"] = e.Finding.Change!.Kind,
        ["severity"] = e.Finding.Severity.Name(),
        ["ruleId"] = e.Finding.RuleId,
        ["message"] = e.Finding.Message,
        ["details"] = e.Finding.Change.Details.ToDictionary(d => d.Name, d => d.Old is not null && d.New is not null ? (object)new { old = d.Old, @new = d.New } : d.New ?? d.Old),
    });
}
