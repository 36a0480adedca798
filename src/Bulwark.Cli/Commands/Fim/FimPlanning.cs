using System.CommandLine;
using Bulwark.Cli.Console;
using Bulwark.Engine.Planning;
using Bulwark.Engine.Settings;
using Bulwark.Scanners.Integrity;
using Bulwark.Sdk;

namespace Bulwark.Cli.Commands.Fim;

/// <summary>
/// Plans the integrity module the way <c>bulwark scan</c> plans scanners (flags over <c>BULWARK_</c> variables over
/// <c>bulwark.yaml</c> over defaults), so every <c>fim</c> verb reads <c>--root</c>, <c>--db</c> and <c>--key</c> alike.
/// </summary>
internal sealed class FimPlanning
{
    private readonly CliContext _context;
    private readonly SettingOptions _settings;

    public FimPlanning(CliContext context, Command command, IEnumerable<SettingInfo> reportSettings)
    {
        _context = context;
        _settings = new SettingOptions(command, [.. reportSettings, .. context.Audits.Where(a => a.Info.Id == IntegrityModule.Id).SelectMany(a => a.Info.Settings)]);
    }

    /// <summary>The plan, or null after printing its problems.</summary>
    public ScanPlan? Plan(ParseResult result)
    {
        var given = new Dictionary<string, SettingValue>(_settings.Read(result, _context.WorkingDirectory))
        {
            [ScanSettings.Scanners.Key] = new SettingValue([IntegrityModule.Id], "bulwark fim", _context.WorkingDirectory),
        };
        var request = new ScanRequest
        {
            Root = _context.WorkingDirectory,
            CommandLine = given,
            ConfigPath = Environment.GetEnvironmentVariable("BULWARK_CONFIG"),
            WorkingDirectory = _context.WorkingDirectory,
            OtherModules = _context.Scanners,
        };
        var plan = ScanPlanner.Create(request, _context.Audits);
        if (plan.Succeeded)
        {
            return plan.Value;
        }

        Messages.Problems(_context.Error, plan.Problems);
        return null;
    }

    /// <summary>The target a plan's integrity scanner works on.</summary>
    public static FimTarget Target(ScanPlan plan) => ((IntegrityScanner)plan.Scanners.Single()).Target;
}
