using System.CommandLine;
using System.Text.Json;
using Bulwark.Cli.Commands.Ledger;
using Bulwark.Cli.Console;
using Bulwark.Ledger.Events;
using Bulwark.Scanners.Integrity;

namespace Bulwark.Cli.Commands.Fim;

/// <summary>
/// The ledger a baseline's recording and acceptance are written to (<c>--ledger</c> or <c>BULWARK_LEDGER</c>), opened
/// before anything changes so that no baseline is accepted without its record.
/// </summary>
internal sealed class FimLedger : IDisposable
{
    private readonly Bulwark.Ledger.Ledger? _ledger;

    private FimLedger(Bulwark.Ledger.Ledger? ledger, bool failed)
    {
        _ledger = ledger;
        Failed = failed;
    }

    public bool Failed { get; }

    /// <summary>Who is acting: <c>BULWARK_ACTOR</c>, else the operating-system user.</summary>
    public Actor Actor { get; } = ActorDefaults.Resolve(null, null, null);

    /// <summary>What to add to a confirmation when the action was recorded.</summary>
    public string Suffix => _ledger is null ? "" : " (recorded in the ledger)";

    public static Option<string?> Option() => new("--ledger")
    {
        Description = "Record who recorded or accepted the baseline, when and why, in this ledger. [env: BULWARK_LEDGER]",
        HelpName = "FILE",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("BULWARK_LEDGER"),
    };

    public static FimLedger Open(string? path, CliContext context)
    {
        if (path is null)
        {
            return new FimLedger(null, failed: false);
        }

        var opened = Bulwark.Ledger.Ledger.Open(context.Resolve(path), writable: true);
        if (opened.Succeeded)
        {
            return new FimLedger(opened.Value, failed: false);
        }

        Messages.Problems(context.Error, opened.Problems);
        return new FimLedger(null, failed: true);
    }

    /// <summary>Appends and commits the event; the problem when the ledger refused it.</summary>
    public string? Record(string action, FimSummary summary, string reason)
    {
        if (_ledger is null)
        {
            return null;
        }

        var appended = _ledger.Append(new LedgerEvent
        {
            Actor = Actor,
            Action = action,
            Subject = summary.Database,
            Reason = reason,
            Time = DateTimeOffset.UtcNow,
            Host = ActorDefaults.Host,
            Payload = JsonSerializer.SerializeToElement(new
            {
                sha256 = summary.Digest,
                entries = summary.Entries,
                key = summary.KeyFingerprint,
                accepted = summary.Accepted,
            }),
        });
        if (!appended.Succeeded)
        {
            return string.Join("; ", appended.Problems);
        }

        _ledger.Commit();
        return null;
    }

    public void Dispose() => _ledger?.Dispose();
}
