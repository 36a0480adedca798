using System.CommandLine;
using Bulwark.Cli.Console;
using Bulwark.Engine.Planning;
using Bulwark.Engine.Scanning;
using Bulwark.Engine.Settings;
using Bulwark.Scanners.Host;
using Bulwark.Scanners.Host.Remediation;
using Bulwark.Sdk;

namespace Bulwark.Cli.Commands.Audit;

/// <summary>
/// <c>bulwark audit host [--root DIR]</c>: runs a hardening benchmark against the live host or a root tree, reports
/// like <c>bulwark scan</c> (formats, outputs, gate, exit codes), and with <c>--remediate</c> writes the fixes.
/// </summary>
public sealed class AuditHostCommand
{
    private readonly Option<string> _config = new("--config") { Description = "The config file to use instead of bulwark.yaml in the working directory. [env: BULWARK_CONFIG]", HelpName = "FILE" };
    private readonly Option<string> _remediate = new("--remediate") { Description = "Write the fixes of the failed checks to standard output instead of the report: an Ansible playbook or a shell script.", HelpName = "ansible|shell" };
    private readonly SettingOptions _settings;
    private readonly CliContext _context;

    /// <summary>Builds the command.</summary>
    public AuditHostCommand(CliContext context)
    {
        _context = context;
        _remediate.AcceptOnlyFromAmong("ansible", "shell");
        Command = new Command("host", "Audit the live host, or a root filesystem tree with --root, against a CIS-style hardening benchmark.") { _config, _remediate };
        _settings = new SettingOptions(Command, [.. Fim.FimCheckCommand.ReportSettings, .. context.Audits.Where(a => a.Info.Id == HostModule.Id).SelectMany(a => a.Info.Settings)]);
        Command.SetAction((result, token) => RunAsync(result, token));
    }

    /// <summary>The command to add to <c>audit</c>.</summary>
    public Command Command { get; }

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var given = new Dictionary<string, SettingValue>(_settings.Read(result, _context.WorkingDirectory))
        {
            [ScanSettings.Scanners.Key] = new SettingValue([HostModule.Id], "bulwark audit host", _context.WorkingDirectory),
        };
        var request = new ScanRequest
        {
            Root = _context.WorkingDirectory,
            CommandLine = given,
            ConfigPath = result.GetValue(_config) ?? Environment.GetEnvironmentVariable("BULWARK_CONFIG"),
            WorkingDirectory = _context.WorkingDirectory,
            OtherModules = _context.Scanners,
        };
        var plan = ScanPlanner.Create(request, _context.Audits);
        if (!plan.Succeeded)
        {
            Messages.Problems(_context.Error, plan.Problems);
            return ExitCodes.UsageError;
        }

        var settings = plan.Value!.Settings;
        var outputs = ConfiguredReports.Files(settings, _context);
        if (!outputs.Succeeded)
        {
            Messages.Problems(_context.Error, outputs.Problems);
            return ExitCodes.UsageError;
        }

        var scanner = (HostScanner)plan.Value.Scanners.Single();
        var report = await ScanExecution.RunAsync(plan.Value, new NoFiles(scanner.Files.IsLive ? "the live host" : scanner.Files.Description), new ScanProgress(), cancellationToken).ConfigureAwait(false);
        var remediate = result.GetValue(_remediate);
        var toStdout = remediate is null ? ConfiguredReports.StandardOutput(settings, _context) : null;
        var written = ReportWriter.WriteAll(report, toStdout, outputs.Value!, _context.Output, _context.OutputIsTerminal, _context.Error);
        if (remediate is not null && scanner.Audit is { } audit)
        {
            var fixes = RemediationPlan.For(audit.Benchmark, audit.Results);
            var text = remediate == "shell" ? ShellScript.Write(audit.Benchmark, fixes, report.Target) : AnsiblePlaybook.Write(audit.Benchmark, fixes, report.Target);
            await using var output = new StreamWriter(_context.Output, leaveOpen: true);
            await output.WriteAsync(text).ConfigureAwait(false);
            _context.Error.WriteLine($"{fixes.Count} failed checks, {fixes.Count(f => f.Fix.Tasks.Count > 0)} with a mechanical fix; the gate: {(report.Gate.Failed ? "FAILED" : "passed")}");
        }

        return ReportUpload.Combine(ExitCodes.Of(report, settings.Get(ScanSettings.FailOnError.Key) == "true", written), ReportUpload.Send(report, settings, _context, "host"));
    }
}
