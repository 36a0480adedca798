namespace Bulwark.Cli;

/// <summary>The documented exit codes. Always positive: negative codes turn into 255 and the like on POSIX shells.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the threshold.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above the threshold (the gate failed), or rules that fail verification.</summary>
    public const int Findings = 1;

    /// <summary>The command line or a config, rule, ignore or baseline file is wrong.</summary>
    public const int UsageError = 2;

    /// <summary>The scan ran into an error: files that could not be read, a report that could not be written.</summary>
    public const int ScanError = 3;

    /// <summary>
    /// The exit code of a finished scan or audit: the gate first; then 3 when a file could not be read or a report
    /// written, or, with <c>--fail-on-error</c>, when a file did not parse or a scanner warned it could not check everything.
    /// </summary>
    public static int Of(Sdk.ScanReport report, bool failOnError, bool reportsWritten)
    {
        if (report.Gate.Failed)
        {
            return Findings;
        }

        var incomplete = failOnError && (report.Findings.Any(f => f.IsScanError) || report.Notes.Any(n => n.IsWarning));
        return reportsWritten && report.Errors.Count == 0 && !incomplete ? Clean : ScanError;
    }
}
