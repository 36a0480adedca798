using System.CommandLine;

namespace Bulwark.Cli.Commands.Audit;

/// <summary><c>bulwark audit</c>: audits of systems rather than of files.</summary>
public static class AuditCommand
{
    /// <summary>The command with its subcommands.</summary>
    public static Command Create(CliContext context) => new("audit", "Audit a system: a host's hardening against a benchmark.")
    {
        new AuditHostCommand(context).Command,
    };
}
