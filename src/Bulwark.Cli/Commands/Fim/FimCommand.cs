using System.CommandLine;

namespace Bulwark.Cli.Commands.Fim;

/// <summary><c>bulwark fim</c>: file integrity monitoring against a signed baseline.</summary>
public static class FimCommand
{
    /// <summary>The command with its subcommands.</summary>
    public static Command Create(CliContext context) => new("fim", "File integrity monitoring: record a signed baseline of a host or root tree, then report what changed and what it means.")
    {
        new FimInitCommand(context).Command,
        new FimCheckCommand(context).Command,
        new FimUpdateCommand(context).Command,
        new FimWatchCommand(context).Command,
    };
}
