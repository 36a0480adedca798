using System.CommandLine;
using Bulwark.Cli;
using Bulwark.Cli.Commands;
using Bulwark.Cli.Console;

return await BulwarkCli.RunAsync(args, CliContext.FromProcess());

namespace Bulwark.Cli
{
    /// <summary>The command tree and the rules every command shares: usage errors exit 2, nothing ends in a stack trace.</summary>
    public static class BulwarkCli
    {
        /// <summary>Runs the CLI with <paramref name="args"/> against <paramref name="context"/>; returns the exit code.</summary>
        public static async Task<int> RunAsync(string[] args, CliContext context)
        {
            var root = new RootCommand("Bulwark: security as code. Scans code, history and configuration for problems and gates the pipeline on them.");
            root.Subcommands.Add(new ScanCommand(context).Command);
            root.Subcommands.Add(new RulesCommand(context).Command);
            root.Subcommands.Add(new IgnoreCommand(context).Command);
            root.Subcommands.Add(Commands.Ledger.LedgerCommand.Create(context));
            root.Subcommands.Add(Commands.Db.DbCommand.Create(context));
            root.Subcommands.Add(new SbomCommand(context).Command);
            root.Subcommands.Add(Commands.Audit.AuditCommand.Create(context));
            root.Subcommands.Add(Commands.Fim.FimCommand.Create(context));
            root.Subcommands.Add(new Commands.Detect.DetectCommand(context).Command);
            root.Subcommands.Add(new Commands.Server.ServerCommand(context).Command);
            root.Subcommands.Add(Commands.Approve.ApproveCommand.Create(context));
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    Messages.Error(context.Error, error.Message);
                }

                context.Error.WriteLine("Run 'bulwark --help' for usage.");
                return ExitCodes.UsageError;
            }

            try
            {
                var config = new InvocationConfiguration { Output = new StreamWriter(context.Output) { AutoFlush = true }, Error = context.Error, EnableDefaultExceptionHandler = false };
                return await parsed.InvokeAsync(config).ConfigureAwait(false);
            }
            catch (Exception e) when (Environment.GetEnvironmentVariable("BULWARK_DEBUG") is null)
            {
                Messages.Error(context.Error, $"internal error: {e.GetType().Name}: {e.Message} (set BULWARK_DEBUG=1 for details)");
                return ExitCodes.ScanError;
            }
        }
    }
}
