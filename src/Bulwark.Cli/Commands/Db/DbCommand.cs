using System.CommandLine;

namespace Bulwark.Cli.Commands.Db;

/// <summary><c>bulwark db</c>: the local vulnerability database the packages scanner matches against.</summary>
public static class DbCommand
{
    /// <summary>The command with its subcommands.</summary>
    public static Command Create(CliContext context) => new("db", "The local OSV vulnerability database: fetch it, load it offline, see how old it is.")
    {
        new DbUpdateCommand(context).Command,
        new DbImportCommand(context).Command,
        new DbStatusCommand(context).Command,
    };
}
