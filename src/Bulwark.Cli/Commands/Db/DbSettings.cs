using System.CommandLine;
using Bulwark.Cli.Console;
using Bulwark.Engine.Planning;
using Bulwark.Engine.Settings;
using Bulwark.Scanners.Packages;
using Bulwark.Scanners.Packages.Database;
using Bulwark.Sdk;

namespace Bulwark.Cli.Commands.Db;

/// <summary>
/// The settings the <c>db</c> commands share with <c>bulwark scan</c> (<c>--cache-dir</c>, the mirror, the
/// age limit), resolved the same way: flag, then environment, then bulwark.yaml in the working directory.
/// </summary>
internal sealed class DbSettings
{
    private readonly Option<string> _config = new("--config") { Description = "The config file to read instead of bulwark.yaml in the working directory. [env: BULWARK_CONFIG]", HelpName = "FILE" };
    private readonly SettingOptions _options;
    private readonly CliContext _context;

    /// <summary>Adds the options of <paramref name="settings"/> (and <c>--config</c>) to <paramref name="command"/>.</summary>
    public DbSettings(Command command, CliContext context, params SettingInfo[] settings)
    {
        _context = context;
        command.Options.Add(_config);
        _options = new SettingOptions(command, settings);
    }

    /// <summary>The resolved settings, or null after printing why they cannot be read.</summary>
    public SettingValues? Read(ParseResult result)
    {
        // The whole catalog reads the config (so its other scanners' settings are not "unknown"); only packages is created.
        var given = new Dictionary<string, SettingValue>(_options.Read(result, _context.WorkingDirectory))
        {
            [ScanSettings.Scanners.Key] = new SettingValue([PackagesModule.Id], "the db command", _context.WorkingDirectory),
        };
        var request = new ScanRequest
        {
            Root = _context.WorkingDirectory,
            CommandLine = given,
            ConfigPath = result.GetValue(_config) ?? Environment.GetEnvironmentVariable("BULWARK_CONFIG"),
            WorkingDirectory = _context.WorkingDirectory,
            OtherModules = _context.Audits,
        };
        var plan = ScanPlanner.Create(request, _context.Scanners);
        if (!plan.Succeeded)
        {
            Messages.Problems(_context.Error, plan.Problems);
            return null;
        }

        return plan.Value!.Settings;
    }

    /// <summary>The cache directory the settings name.</summary>
    public static string CacheDirectoryOf(SettingValues settings) =>
        CacheDirectory.Resolve(settings.Get(PackagesModule.CacheDir.Key) is { Length: > 0 } dir ? settings.ResolvePath(PackagesModule.CacheDir.Key, dir) : null);
}
