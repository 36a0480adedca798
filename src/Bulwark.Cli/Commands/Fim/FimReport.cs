using Bulwark.Cli.Console;
using Bulwark.Scanners.Integrity;

namespace Bulwark.Cli.Commands.Fim;

/// <summary>How <c>fim init</c> and <c>fim update</c> report their outcome and choose their exit code.</summary>
internal static class FimReport
{
    public static int Outcome(FimResult result, CliContext context)
    {
        if (result.Problems.Count > 0)
        {
            Messages.Problems(context.Error, result.Problems);
            return ExitCodes.UsageError;
        }

        if (result.Failure is not null)
        {
            Messages.Error(context.Error, result.Failure);
            return ExitCodes.ScanError;
        }

        foreach (var error in result.Summary!.Errors)
        {
            Messages.Warning(context.Error, $"not fully recorded: {error}");
        }

        return ExitCodes.Clean;
    }
}
