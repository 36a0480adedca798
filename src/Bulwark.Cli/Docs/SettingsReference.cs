using System.Text;
using Bulwark.Engine.Settings;
using Bulwark.Sdk;

namespace Bulwark.Cli.Docs;

/// <summary>
/// Renders <c>docs/settings.md</c> from the setting declarations, so the reference cannot drift from the code:
/// a test compares the file with this output.
/// </summary>
public static class SettingsReference
{
    /// <summary>The Markdown reference of every scan and scanner setting.</summary>
    public static string Render(IReadOnlyList<IScannerModule> scanners)
    {
        var text = new StringBuilder();
        text.AppendLine("# Settings reference");
        text.AppendLine();
        text.AppendLine("Generated from the setting declarations (`ScanSettings` and each scanner's `Info.Settings`); a test fails when");
        text.AppendLine("this file is stale. Regenerate it with `BULWARK_UPDATE_DOCS=1 dotnet test tests/Bulwark.Cli.Tests`.");
        text.AppendLine();
        text.AppendLine("Every setting can be given as a command-line flag, as an environment variable, or as a key in `bulwark.yaml`");
        text.AppendLine("(a scanner's settings sit in a section named after the scanner). The flag wins over the variable, and the");
        text.AppendLine("variable over the file. List settings repeat the flag, use a YAML list, or separate values with commas in");
        text.AppendLine("the variable.");
        Section(text, "bulwark scan", "", ScanSettings.All);
        foreach (var scanner in scanners)
        {
            Section(text, $"scanner `{scanner.Info.Id}`", scanner.Info.Id + ".", scanner.Info.Settings);
        }

        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, string prefix, IEnumerable<SettingInfo> settings)
    {
        text.AppendLine();
        text.AppendLine($"## {title}");
        text.AppendLine();
        text.AppendLine("| flag | `bulwark.yaml` | environment | default | what it does |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var setting in settings)
        {
            var key = prefix.Length == 0 ? setting.Key : $"{prefix[..^1]}: {setting.Key[prefix.Length..]}";
            var choices = setting.Choices.Count > 0 ? $" One of: {string.Join(", ", setting.Choices)}." : "";
            text.AppendLine($"| `{setting.Flag}` | `{key}` | `{setting.EnvironmentVariable}` | {setting.Default ?? ""} | {setting.Help}{choices} |");
        }
    }
}
