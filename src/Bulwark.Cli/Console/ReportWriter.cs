using Bulwark.Cli.Commands;
using Bulwark.Sdk;

namespace Bulwark.Cli.Console;

/// <summary>
/// Writes the report to standard output and to every requested file. A report that cannot be written is an
/// error message and a scan error, but never stops the other reports from being written.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes everything; returns false when any file could not be written.</summary>
    public static bool WriteAll(ScanReport report, IReporter? toStandardOutput, IReadOnlyList<OutputSpec> files, Stream standardOutput, bool isTerminal, TextWriter error)
    {
        if (toStandardOutput is not null)
        {
            toStandardOutput.Write(report, new ReportTarget(standardOutput, isTerminal));
            standardOutput.Flush();
        }

        var allWritten = true;
        foreach (var spec in files)
        {
            try
            {
                if (Path.GetDirectoryName(spec.Path) is { Length: > 0 } folder)
                {
                    Directory.CreateDirectory(folder);
                }

                using var stream = new FileStream(spec.Path, FileMode.Create, FileAccess.Write);
                spec.Reporter.Write(report, new ReportTarget(stream, IsTerminal: false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Messages.Error(error, $"cannot write the {spec.Reporter.Format} report to {spec.Path}: {e.Message}");
                allWritten = false;
            }
        }

        return allWritten;
    }
}
