using System.CommandLine;
using Bulwark.Cli.Commands.Audit;
using Bulwark.Cli.Console;
using Bulwark.Engine.Scanning;
using Bulwark.Engine.Settings;
using Bulwark.Sdk;

namespace Bulwark.Cli.Commands.Fim;

/// <summary>
/// <c>bulwark fim check</c>: compares the root with its baseline and reports like <c>bulwark scan</c> (formats, outputs,
/// gate, exit codes). A baseline whose signature fails stops it before anything is compared (exit code 3).
/// </summary>
public sealed class FimCheckCommand
{
    private readonly FimPlanning _planning;
    private readonly CliContext _context;

    /// <summary>Builds the command.</summary>
    public FimCheckCommand(CliContext context)
    {
        _context = context;
        Command = new Command("check", "Compare the root with its signed baseline and report every change and what it means.");
        _planning = new FimPlanning(context, Command, ReportSettings);
        Command.SetAction((result, token) => RunAsync(result, token));
    }

    /// <summary>The command to add to <c>fim</c>.</summary>
    public Command Command { get; }

    internal static SettingInfo[] ReportSettings { get; } =
        [ScanSettings.FailOn, ScanSettings.FailOnError, ScanSettings.Format, ScanSettings.Output, ScanSettings.Baseline, ScanSettings.IgnoreFile, ScanSettings.Quiet, ScanSettings.Upload, ScanSettings.UploadToken, ScanSettings.Product];

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var plan = _planning.Plan(result);
        if (plan is null)
        {
            return ExitCodes.UsageError;
        }

        var settings = plan.Settings;
        var outputs = ConfiguredReports.Files(settings, _context);
        if (!outputs.Succeeded)
        {
            Messages.Problems(_context.Error, outputs.Problems);
            return ExitCodes.UsageError;
        }

        var target = FimPlanning.Target(plan);
        if (Scanners.Integrity.FimBaselines.Verify(target) is { } failure)
        {
            Messages.Error(_context.Error, failure);
            return ExitCodes.ScanError;
        }

        var report = await Engine.Planning.ScanExecution.RunAsync(plan, new NoFiles(target.Root), new ScanProgress(), cancellationToken).ConfigureAwait(false);
        return ConfiguredReports.WriteAndExit(report, settings, outputs.Value!, _context, kind: "host");
    }
}
