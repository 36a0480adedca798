using System.CommandLine;
using Bulwark.Engine.Settings;
using Bulwark.Sdk;

namespace Bulwark.Cli.Commands;

/// <summary>
/// Makes a command-line option from each declared setting and reads the given ones back as the command-line
/// layer of the settings, so flags, config keys and environment variables can never drift apart.
/// </summary>
public sealed class SettingOptions
{
    private readonly List<(SettingInfo Setting, Option Option)> _options = [];

    /// <summary>Creates one option per setting and adds them to <paramref name="command"/>.</summary>
    public SettingOptions(Command command, IEnumerable<SettingInfo> settings)
    {
        foreach (var setting in settings)
        {
            Option option = setting.Type switch
            {
                SettingType.List => new Option<string[]>(setting.Flag) { AllowMultipleArgumentsPerToken = false },
                SettingType.Switch => new Option<bool>(setting.Flag),
                _ => new Option<string>(setting.Flag),
            };
            option.Description = Describe(setting);
            option.HelpName = setting.ValueName ?? setting.Type switch
            {
                SettingType.Choice when setting.Choices.Count > 0 => string.Join("|", setting.Choices),
                SettingType.Size => "SIZE",
                SettingType.Integer => "N",
                SettingType.Path => "FILE",
                _ => null,
            };
            command.Options.Add(option);
            _options.Add((setting, option));
        }
    }

    /// <summary>The values given on the command line, keyed by setting.</summary>
    public IReadOnlyDictionary<string, SettingValue> Read(ParseResult result, string workingDirectory)
    {
        var values = new Dictionary<string, SettingValue>(StringComparer.Ordinal);
        foreach (var (setting, option) in _options)
        {
            if (result.GetResult(option) is not { Implicit: false })
            {
                continue;
            }

            IReadOnlyList<string> given = option switch
            {
                Option<string[]> list => result.GetValue(list) ?? [],
                Option<bool> flag => [result.GetValue(flag) ? "true" : "false"],
                Option<string> text => result.GetValue(text) is { } one ? [one] : [],
                _ => [],
            };
            values[setting.Key] = new SettingValue(given, setting.Flag, workingDirectory);
        }

        return values;
    }

    private static string Describe(SettingInfo setting)
    {
        var text = setting.Help;
        if (setting.Default is { } fallback)
        {
            text += $" Default: {fallback}.";
        }

        return text + $" [env: {setting.EnvironmentVariable}]";
    }
}
