using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bulwark.Cli.Commands.Ledger;
using Bulwark.Cli.Console;
using Bulwark.Engine.Suppressions;
using Bulwark.Ledger.Events;

namespace Bulwark.Cli.Commands;

/// <summary>
/// <c>bulwark ignore add|remove FINGERPRINT --reason …</c>: change the ignore file from the command line, and
/// record who changed it and why in the ledger when one is given (<c>--ledger</c> or <c>BULWARK_LEDGER</c>).
/// </summary>
public sealed class IgnoreCommand
{
    private readonly CliContext _context;
    private readonly Argument<string> _fingerprint = new("fingerprint") { Description = "The finding's fingerprint, as reports show it." };
    private readonly Option<string> _reason = new("--reason") { Description = "Why (mandatory).", HelpName = "TEXT", Required = true };
    private readonly Option<string?> _expires = new("--expires") { Description = "The last day the suppression applies (YYYY-MM-DD).", HelpName = "DATE" };
    private readonly Option<string> _file = new("--ignore-file") { Description = "The ignore file.", HelpName = "FILE", DefaultValueFactory = _ => ".bulwarkignore" };
    private readonly Option<string?> _ledger = new("--ledger") { Description = "Record the change in this ledger. [env: BULWARK_LEDGER]", HelpName = "FILE", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("BULWARK_LEDGER") };

    /// <summary>Builds the command.</summary>
    public IgnoreCommand(CliContext context)
    {
        _context = context;
        var add = new Command("add", "Suppress a finding by its fingerprint, with a reason.") { _fingerprint, _reason, _expires, _file, _ledger };
        add.SetAction(result => Change(result, adding: true));
        var remove = new Command("remove", "Stop suppressing a fingerprint.") { _fingerprint, _reason, _file, _ledger };
        remove.SetAction(result => Change(result, adding: false));
        Command = new Command("ignore", "Change the ignore file (.bulwarkignore), recorded in the ledger.") { add, remove };
    }

    /// <summary>The command.</summary>
    public Command Command { get; }

    private int Change(ParseResult result, bool adding)
    {
        var fingerprint = result.GetValue(_fingerprint)!.ToLowerInvariant();
        var reason = result.GetValue(_reason)!.Trim();
        var expires = result.GetValue(_expires);
        var path = Path.GetFullPath(result.GetValue(_file)!, _context.WorkingDirectory);
        var line = expires is null ? $"{fingerprint} {reason}" : $"{fingerprint} expires:{expires} {reason}";
        var check = IgnoreFile.Parse([line], "the new entry");
        if (!check.Succeeded || reason.Length == 0 || (expires is not null && !DateOnly.TryParseExact(expires, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
        {
            Messages.Problems(_context.Error, check.Problems.Count > 0 ? check.Problems : [new("--reason/--expires", "a reason is mandatory and --expires is written YYYY-MM-DD")]);
            return ExitCodes.UsageError;
        }

        // Open the ledger before touching the file, so a change is never made without its record.
        Bulwark.Ledger.Ledger? ledger = null;
        if (result.GetValue(_ledger) is { } ledgerPath)
        {
            var opened = Bulwark.Ledger.Ledger.Open(Path.GetFullPath(ledgerPath, _context.WorkingDirectory), writable: true);
            if (!opened.Succeeded)
            {
                Messages.Problems(_context.Error, opened.Problems);
                return ExitCodes.UsageError;
            }

            ledger = opened.Value;
        }

        using (ledger)
        {
            var lines = File.Exists(path) ? File.ReadAllLines(path).ToList() : [];
            var existing = lines.FindIndex(l => l.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant() == fingerprint);
            if (adding == existing >= 0)
            {
                Messages.Error(_context.Error, adding ? $"{fingerprint} is already suppressed at {path}:{existing + 1}" : $"{fingerprint} is not in {path}");
                return ExitCodes.UsageError;
            }

            if (adding)
            {
                lines.Add(line);
            }
            else
            {
                lines.RemoveAt(existing);
            }

            File.WriteAllLines(path, lines);
            ledger?.Append(new LedgerEvent
            {
                Actor = ActorDefaults.Resolve(null, null, null),
                Action = adding ? "ignore.added" : "ignore.removed",
                Subject = fingerprint,
                Reason = reason,
                Time = DateTimeOffset.UtcNow,
                Host = ActorDefaults.Host,
                Payload = JsonSerializer.SerializeToElement(new { file = path, expires }),
            });
            ledger?.Commit();
        }

        using var output = new StreamWriter(_context.Output, leaveOpen: true);
        output.WriteLine($"{(adding ? "suppressed" : "no longer suppressing")} {fingerprint} in {path}{(ledger is null ? "" : " (recorded in the ledger)")}");
        return ExitCodes.Clean;
    }
}
