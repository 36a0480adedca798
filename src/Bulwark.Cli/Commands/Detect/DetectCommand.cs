using System.CommandLine;
using System.IO.Enumeration;
using Bulwark.Cli.Commands.Audit;
using Bulwark.Cli.Console;
using Bulwark.Engine.Planning;
using Bulwark.Engine.Scanning;
using Bulwark.Engine.Settings;
using Bulwark.Scanners.Detection;

namespace Bulwark.Cli.Commands.Detect;

/// <summary>
/// <c>bulwark detect --rules DIR LOG…</c>: runs Sigma rules and correlations over log files (plain, .gz, <c>-</c> for
/// standard input, globs) and reports like <c>bulwark scan</c> (formats, outputs, gate, exit codes).
/// </summary>
public sealed class DetectCommand
{
    private readonly Argument<string[]> _logs = new("logs") { Description = "Log files (plain or .gz), globs such as /var/log/auth.log*, or - for standard input.", Arity = ArgumentArity.ZeroOrMore };
    private readonly Option<bool> _follow = new("--follow") { Description = "Keep reading the logs as they grow (across rotation) and report each detection as it happens, until stopped." };
    private readonly Option<string[]> _listen = new("--listen") { Description = "Receive syslog on this address and report detections as they happen (repeatable): udp://127.0.0.1:5514 or tcp://0.0.0.0:6514.", HelpName = "ADDRESS" };
    private readonly Option<string?> _ledger = new("--ledger") { Description = "Live: record each detection in this ledger. [env: BULWARK_LEDGER]", HelpName = "FILE", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("BULWARK_LEDGER") };
    private readonly Option<string> _webhook = new("--webhook") { Description = "Live: POST each detection as JSON to this URL (retried with backoff).", HelpName = "URL" };
    private readonly Option<string> _config = new("--config") { Description = "The config file to use instead of bulwark.yaml in the working directory. [env: BULWARK_CONFIG]", HelpName = "FILE" };
    private readonly SettingOptions _settings;
    private readonly CliContext _context;

    /// <summary>Builds the command.</summary>
    public DetectCommand(CliContext context)
    {
        _context = context;
        Command = new Command("detect", "Run Sigma detection rules and correlations over server logs and report what they find.") { _logs, _config, _follow, _listen, _ledger, _webhook };
        var module = context.Audits.Where(a => a.Info.Id == DetectionModule.Id).SelectMany(a => a.Info.Settings).Where(s => s.Key != DetectionModule.Logs.Key);
        _settings = new SettingOptions(Command, [.. Fim.FimCheckCommand.ReportSettings, .. module]);
        Command.SetAction((result, token) => RunAsync(result, token));
    }

    /// <summary>The command to add to the root.</summary>
    public Command Command { get; }

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var logs = Expand(result.GetValue(_logs) ?? []);
        var listen = result.GetValue(_listen) ?? [];
        var live = result.GetValue(_follow) || listen.Length > 0;
        if (logs.Count == 0 && listen.Length == 0)
        {
            Messages.Error(_context.Error, "give the logs to read, or --listen ADDRESS");
            return ExitCodes.UsageError;
        }

        var given = new Dictionary<string, SettingValue>(_settings.Read(result, _context.WorkingDirectory))
        {
            [ScanSettings.Scanners.Key] = new SettingValue([DetectionModule.Id], "bulwark detect", _context.WorkingDirectory),
            [DetectionModule.Logs.Key] = new SettingValue(logs, "the log arguments", _context.WorkingDirectory),
        };
        var plan = ScanPlanner.Create(new ScanRequest
        {
            Root = _context.WorkingDirectory,
            CommandLine = given,
            ConfigPath = result.GetValue(_config) ?? Environment.GetEnvironmentVariable("BULWARK_CONFIG"),
            WorkingDirectory = _context.WorkingDirectory,
            OtherModules = _context.Scanners,
        }, _context.Audits);
        if (!plan.Succeeded)
        {
            Messages.Problems(_context.Error, plan.Problems);
            return ExitCodes.UsageError;
        }

        var settings = plan.Value!.Settings;
        if (live)
        {
            return RunLive(result, (DetectionScanner)plan.Value.Scanners.Single(), listen, settings.Get(ScanSettings.Format.Key) == "json", cancellationToken);
        }

        var outputs = ConfiguredReports.Files(settings, _context);
        if (!outputs.Succeeded)
        {
            Messages.Problems(_context.Error, outputs.Problems);
            return ExitCodes.UsageError;
        }

        var report = await ScanExecution.RunAsync(plan.Value, new NoFiles(string.Join(", ", logs)), new ScanProgress(), cancellationToken).ConfigureAwait(false);
        return ConfiguredReports.WriteAndExit(report, settings, outputs.Value!, _context, kind: "host");
    }

    private int RunLive(ParseResult result, DetectionScanner scanner, IReadOnlyList<string> listen, bool json, CancellationToken cancellationToken)
    {
        Uri? webhook = null;
        if (result.GetValue(_webhook) is { } url && (!Uri.TryCreate(url, UriKind.Absolute, out webhook) || webhook.Scheme is not ("http" or "https")))
        {
            Messages.Error(_context.Error, $"--webhook {url}: not an http or https URL");
            return ExitCodes.UsageError;
        }

        Bulwark.Ledger.Ledger? ledger = null;
        if (result.GetValue(_ledger) is { } ledgerPath)
        {
            var opened = Bulwark.Ledger.Ledger.Open(_context.Resolve(ledgerPath), writable: true);
            if (!opened.Succeeded)
            {
                Messages.Problems(_context.Error, opened.Problems);
                return ExitCodes.UsageError;
            }

            ledger = opened.Value;
        }

        foreach (var refused in scanner.Refused)
        {
            Messages.Warning(_context.Error, "rule refused: " + refused);
        }

        using (ledger)
        using (var output = new StreamWriter(_context.Output, leaveOpen: true))
        using (var outlets = new DetectionOutlets(output, _context.Error, json, ledger, webhook))
        {
            var problem = scanner.RunLive(listen, outlets.Report, () => _context.Error.WriteLine("detecting live; press Ctrl+C to stop"), m => Messages.Warning(_context.Error, m), cancellationToken);
            if (problem is null)
            {
                return ExitCodes.Clean;
            }

            Messages.Error(_context.Error, problem);
            return ExitCodes.UsageError;
        }
    }

    // A shell expands globs itself; these come quoted, or from a config, or on a shell that does not.
    private List<string> Expand(IEnumerable<string> arguments)
    {
        var logs = new List<string>();
        foreach (var argument in arguments)
        {
            var name = Path.GetFileName(argument);
            if (argument == "-" || name.AsSpan().IndexOfAny('*', '?') < 0)
            {
                logs.Add(argument);
                continue;
            }

            var directory = _context.Resolve(Path.GetDirectoryName(argument) is { Length: > 0 } d ? d : ".");
            var matches = Directory.Exists(directory)
                ? Directory.EnumerateFiles(directory).Where(f => FileSystemName.MatchesSimpleExpression(name, Path.GetFileName(f))).Order(StringComparer.Ordinal).ToList()
                : [];
            logs.AddRange(matches.Count > 0 ? matches : [argument]);
        }

        return logs;
    }
}
