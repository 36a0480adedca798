using System.CommandLine;
using System.IO.Enumeration;
using Bulwark.Cli.Commands.Audit;
using Bulwark.Cli.Console;
using Bulwark.Engine.Planning;
using Bulwark.Engine.Scanning;
using Bulwark.Engine.Settings;
using Bulwark.Scanners.Detection;
using Bulwark.Sdk;

namespace Bulwark.Cli.Commands;

/// <summary>
/// <c>bulwark detect --rules DIR LOG…</c>: runs Sigma rules and correlations over log files (plain, .gz, <c>-</c> for
/// standard input, globs) and reports like <c>bulwark scan</c> (formats, outputs, gate, exit codes).
/// </summary>
public sealed class DetectCommand
{
    private readonly Argument<string[]> _logs = new("logs") { Description = "Log files (plain or .gz), globs such as /var/log/auth.log*, or - for standard input.", Arity = ArgumentArity.OneOrMore };
    private readonly Option<string> _config = new("--config") { Description = "The config file to use instead of bulwark.yaml in the working directory. [env: BULWARK_CONFIG]", HelpName = "FILE" };
    private readonly SettingOptions _settings;
    private readonly CliContext _context;

    /// <summary>Builds the command.</summary>
    public DetectCommand(CliContext context)
    {
        _context = context;
        Command = new Command("detect", "Run Sigma detection rules and correlations over server logs and report what they find.") { _logs, _config };
        var module = context.Audits.Where(a => a.Info.Id == DetectionModule.Id).SelectMany(a => a.Info.Settings).Where(s => s.Key != DetectionModule.Logs.Key);
        _settings = new SettingOptions(Command, [.. Fim.FimCheckCommand.ReportSettings, .. module]);
        Command.SetAction((result, token) => RunAsync(result, token));
    }

    /// <summary>The command to add to the root.</summary>
    public Command Command { get; }

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var logs = Expand(result.GetValue(_logs) ?? []);
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
        var outputs = OutputSpec.ParseAll(settings.GetList(ScanSettings.Output.Key), settings.Where(ScanSettings.Output.Key), _context.Reporters, _context.WorkingDirectory);
        if (!outputs.Succeeded)
        {
            Messages.Problems(_context.Error, outputs.Problems);
            return ExitCodes.UsageError;
        }

        var report = await ScanExecution.RunAsync(plan.Value, new NoFiles(string.Join(", ", logs)), new ScanProgress(), cancellationToken).ConfigureAwait(false);
        IReporter? toStdout = null;
        if (!(settings.Get(ScanSettings.Quiet.Key) == "true" && !settings.IsSet(ScanSettings.Format.Key)))
        {
            var format = settings.Get(ScanSettings.Format.Key)!;
            toStdout = _context.Reporters.First(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));
        }

        var written = ReportWriter.WriteAll(report, toStdout, outputs.Value!, _context.Output, _context.OutputIsTerminal, _context.Error);
        return ExitCodes.Of(report, settings.Get(ScanSettings.FailOnError.Key) == "true", written);
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
