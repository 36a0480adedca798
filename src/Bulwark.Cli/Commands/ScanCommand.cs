using System.CommandLine;
using Bulwark.Cli.Console;
using Bulwark.Engine.Planning;
using Bulwark.Engine.Scanning;
using Bulwark.Engine.Settings;
using Bulwark.Sdk;

namespace Bulwark.Cli.Commands;

/// <summary><c>bulwark scan [PATH]</c>: parse, plan, scan, report, and map the result to an exit code.</summary>
public sealed class ScanCommand
{
    private readonly Argument<string> _path = new("path") { Description = "The directory, file or git repository to scan.", DefaultValueFactory = _ => "." };
    private readonly Option<string> _config = new("--config") { Description = "The config file to use instead of bulwark.yaml at the scanned path. [env: BULWARK_CONFIG]", HelpName = "FILE" };
    private readonly Option<bool> _history = new("--history") { Description = "Scan every version of every file in the git history (all refs), reporting the commit that introduced each secret." };
    private readonly Option<string> _commits = new("--commits") { Description = "Scan only what the commits of a range added, such as origin/main..HEAD (a pull request).", HelpName = "A..B" };
    private readonly Option<bool> _staged = new("--staged") { Description = "Scan what is staged for the next commit (for a pre-commit hook)." };
    private const string SbomSetting = "packages.sbom";
    private readonly SettingOptions _settings;
    private readonly CliContext _context;

    /// <summary>Builds the command.</summary>
    public ScanCommand(CliContext context)
    {
        _context = context;
        Command = new Command("scan", "Scan a directory, file or git history and report what the scanners find.");
        Command.Arguments.Add(_path);
        Command.Options.Add(_config);
        Command.Options.Add(_history);
        Command.Options.Add(_commits);
        Command.Options.Add(_staged);
        _settings = new SettingOptions(Command, ScanPlanner.Declared(context.Scanners));
        Command.SetAction((result, token) => RunAsync(result, token));
    }

    /// <summary>The command to add to the root.</summary>
    public Command Command { get; }

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var root = result.GetValue(_path)!;
        var commandLine = _settings.Read(result, _context.WorkingDirectory);
        // `scan --sbom bom.json` scans the SBOM instead of a tree: with no PATH given, the SBOM is the target.
        if (result.GetResult(_path) is null or { Implicit: true } && commandLine.TryGetValue(SbomSetting, out var sbom) && sbom.Values.Count > 0)
        {
            root = sbom.Values[^1];
        }

        var request = new ScanRequest
        {
            Root = root,
            CommandLine = commandLine,
            ConfigPath = result.GetValue(_config) ?? Environment.GetEnvironmentVariable("BULWARK_CONFIG"),
            WorkingDirectory = _context.WorkingDirectory,
            OtherModules = _context.Audits,
        };
        var plan = ScanPlanner.Create(request, _context.Scanners);
        if (!plan.Succeeded)
        {
            Messages.Problems(_context.Error, plan.Problems);
            return ExitCodes.UsageError;
        }

        var settings = plan.Value!.Settings;
        var outputs = ConfiguredReports.Files(settings, _context);
        var source = new SourceChoice(result.GetValue(_history), result.GetValue(_commits), result.GetValue(_staged))
            .Open(Path.GetFullPath(root, _context.WorkingDirectory), plan.Value.Exclusions);
        if (!outputs.Succeeded || !source.Succeeded)
        {
            Messages.Problems(_context.Error, [.. outputs.Problems, .. source.Problems]);
            return ExitCodes.UsageError;
        }

        var quiet = settings.Get(ScanSettings.Quiet.Key) == "true";
        var report = await ScanAsync(plan.Value, source.Value!, quiet, cancellationToken).ConfigureAwait(false);
        return ConfiguredReports.WriteAndExit(report, settings, outputs.Value!, _context);
    }

    private async Task<ScanReport> ScanAsync(ScanPlan plan, IFileSource source, bool quiet, CancellationToken cancellationToken)
    {
        try
        {
            var progress = new ScanProgress();
            await using (ProgressDisplay.Start(progress, _context.Error, quiet, _context.ErrorIsTerminal))
            {
                return await ScanExecution.RunAsync(plan, source, progress, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            (source as IDisposable)?.Dispose();
        }
    }
}
