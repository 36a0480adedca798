using System.CommandLine;
using Bulwark.Cli.Console;
using Bulwark.Engine.Planning;
using Bulwark.Engine.Scanning;
using Bulwark.Engine.Settings;
using Bulwark.Scanners.Packages;
using Bulwark.Scanners.Packages.Reporting;
using Bulwark.Scanners.Packages.Sbom;
using Bulwark.Sdk;

namespace Bulwark.Cli.Commands;

/// <summary>
/// <c>bulwark sbom [PATH]</c>: the components of a tree (lockfiles, manifests, OS package databases) as a
/// CycloneDX 1.6 or SPDX 2.3 JSON document, with the dependency graph where the lockfiles record one.
/// It reads the tree the way <c>bulwark scan</c> does (the same config, exclusions and companions) and checks nothing.
/// </summary>
public sealed class SbomCommand
{
    private readonly Argument<string> _path = new("path") { Description = "The directory or file to inventory.", DefaultValueFactory = _ => "." };
    private readonly Option<string> _format = new("--format") { Description = "The SBOM format.", DefaultValueFactory = _ => "cyclonedx-json", HelpName = "cyclonedx-json|spdx-json" };
    private readonly Option<string> _output = new("--output", "-o") { Description = "Write the SBOM to this file instead of standard output.", HelpName = "FILE" };
    private readonly Option<string> _config = new("--config") { Description = "The config file to use instead of bulwark.yaml at the path. [env: BULWARK_CONFIG]", HelpName = "FILE" };
    private readonly CliContext _context;

    /// <summary>Builds the command.</summary>
    public SbomCommand(CliContext context)
    {
        _context = context;
        _format.AcceptOnlyFromAmong("cyclonedx-json", "spdx-json");
        Command = new Command("sbom", "Write the software bill of materials of a directory: every dependency and OS package, as CycloneDX or SPDX JSON.")
        {
            _path, _format, _output, _config,
        };
        Command.SetAction((result, token) => RunAsync(result, token));
    }

    /// <summary>The command to add to the root.</summary>
    public Command Command { get; }

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var root = result.GetValue(_path)!;
        var request = new ScanRequest
        {
            Root = root,
            CommandLine = new Dictionary<string, SettingValue> { [ScanSettings.Scanners.Key] = new([PackagesModule.Id], "bulwark sbom", _context.WorkingDirectory) },
            ConfigPath = result.GetValue(_config) ?? Environment.GetEnvironmentVariable("BULWARK_CONFIG"),
            WorkingDirectory = _context.WorkingDirectory,
            OtherModules = _context.Audits,
        };
        var plan = ScanPlanner.Create(request, _context.Scanners);
        var source = plan.Succeeded ? new SourceChoice(false, null, false).Open(Path.GetFullPath(root, _context.WorkingDirectory), plan.Value!.Exclusions) : null;
        if (!plan.Succeeded || !source!.Succeeded)
        {
            Messages.Problems(_context.Error, plan.Succeeded ? source!.Problems : plan.Problems);
            return ExitCodes.UsageError;
        }

        var scanner = ((PackagesScanner)plan.Value!.Scanners.Single()).Inventorying();
        ScanReport report;
        using (source.Value as IDisposable)
        {
            report = await ScanExecution.RunAsync(plan.Value with { Scanners = [scanner] }, source.Value!, new ScanProgress(), cancellationToken).ConfigureAwait(false);
        }

        foreach (var problem in report.Findings.Where(f => f.IsScanError))
        {
            Messages.Warning(_context.Error, problem.Message);
        }

        foreach (var error in report.Errors)
        {
            Messages.Error(_context.Error, $"{error.Path}: {error.Message}");
        }

        var (packages, edges) = ReportedComponents.Of(report.Components);
        var document = new SbomDocument
        {
            Target = Path.GetFileName(Path.GetFullPath(root, _context.WorkingDirectory).TrimEnd('/')) is { Length: > 0 } name ? name : root,
            ToolVersion = report.ToolVersion,
            Timestamp = report.StartedAt,
            Packages = packages,
            Edges = edges,
        };
        if (!Write(document, result.GetValue(_format)!, result.GetValue(_output)))
        {
            return ExitCodes.ScanError;
        }

        _context.Error.WriteLine($"{packages.Count:N0} components from {packages.Select(p => p.File).Distinct().Count():N0} files");
        return report.Errors.Count > 0 ? ExitCodes.ScanError : ExitCodes.Clean;
    }

    private bool Write(SbomDocument document, string format, string? output)
    {
        try
        {
            using var stream = output is null ? null : File.Create(_context.Resolve(output));
            var target = stream ?? _context.Output;
            if (format == "spdx-json")
            {
                SpdxWriter.Write(document, target);
            }
            else
            {
                CycloneDxWriter.Write(document, target);
            }

            target.Flush();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Messages.Error(_context.Error, $"{output}: cannot write the SBOM: {e.Message}");
            return false;
        }
    }
}
