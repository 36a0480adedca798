using Bulwark.Cli.Commands;
using Bulwark.Engine.Settings;
using Bulwark.Sdk;

namespace Bulwark.Cli.Console;

/// <summary>The reports a planned command's settings ask for, the same for every command that reports like a scan.</summary>
internal static class ConfiguredReports
{
    /// <summary>The <c>--output FORMAT=FILE</c> reports, or the problems with them.</summary>
    public static Created<IReadOnlyList<OutputSpec>> Files(SettingValues settings, CliContext context) =>
        OutputSpec.ParseAll(settings.GetList(ScanSettings.Output.Key), settings.Where(ScanSettings.Output.Key), context.Reporters, context.WorkingDirectory);

    /// <summary>The reporter for standard output: the <c>--format</c> one, or none under <c>--quiet</c> without <c>--format</c>.</summary>
    public static IReporter? StandardOutput(SettingValues settings, CliContext context)
    {
        if (settings.Get(ScanSettings.Quiet.Key) == "true" && !settings.IsSet(ScanSettings.Format.Key))
        {
            return null;
        }

        var format = settings.Get(ScanSettings.Format.Key)!;
        return context.Reporters.First(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Writes the report to standard output, every file and the server (<c>--upload</c>), then chooses the exit code.</summary>
    /// <param name="report">The report.</param>
    /// <param name="settings">The command's settings.</param>
    /// <param name="files">The <c>--output</c> files.</param>
    /// <param name="context">The CLI's streams and reporters.</param>
    /// <param name="kind">What an upload is about: <c>repository</c> (a tree) or <c>host</c>.</param>
    public static int WriteAndExit(ScanReport report, SettingValues settings, IReadOnlyList<OutputSpec> files, CliContext context, string kind = "repository")
    {
        var written = ReportWriter.WriteAll(report, StandardOutput(settings, context), files, context.Output, context.OutputIsTerminal, context.Error);
        return ReportUpload.Combine(ExitCodes.Of(report, settings.Get(ScanSettings.FailOnError.Key) == "true", written), ReportUpload.Send(report, settings, context, kind));
    }
}
