using Bulwark.Sdk;

namespace Bulwark.Engine.Settings;

/// <summary>Reads declared settings from <c>BULWARK_*</c> environment variables; lists are comma-separated.</summary>
public static class EnvironmentSettings
{
    /// <summary>The layer of values the environment sets.</summary>
    public static IReadOnlyDictionary<string, SettingValue> Read(IEnumerable<SettingInfo> declared, Func<string, string?> getVariable, string workingDirectory)
    {
        var values = new Dictionary<string, SettingValue>(StringComparer.Ordinal);
        foreach (var setting in declared)
        {
            var text = getVariable(setting.EnvironmentVariable);
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            IReadOnlyList<string> items = setting.Type == SettingType.List
                ? text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : [text];
            values[setting.Key] = new SettingValue(items, setting.EnvironmentVariable, workingDirectory);
        }

        return values;
    }
}
