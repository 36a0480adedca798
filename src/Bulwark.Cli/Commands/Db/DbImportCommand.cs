using System.CommandLine;
using System.Diagnostics;
using Bulwark.Cli.Console;
using Bulwark.Scanners.Packages;
using Bulwark.Scanners.Packages.Database;

namespace Bulwark.Cli.Commands.Db;

/// <summary><c>bulwark db import PATH...</c>: builds the database from OSV JSON files, zips or folders of either, offline.</summary>
public sealed class DbImportCommand
{
    private readonly Argument<string[]> _paths = new("path") { Description = "OSV JSON files, zips of them (OSV's all.zip exports), or folders holding either.", Arity = ArgumentArity.OneOrMore };
    private readonly DbSettings _settings;

    /// <summary>Builds the command.</summary>
    public DbImportCommand(CliContext context)
    {
        Command = new Command("import", "Build the vulnerability database from OSV records on disk (no network), replacing the current one.") { _paths };
        _settings = new DbSettings(Command, context, PackagesModule.CacheDir);
        Command.SetAction(result =>
        {
            if (_settings.Read(result) is not { } settings)
            {
                return ExitCodes.UsageError;
            }

            var sources = result.GetValue(_paths)!.Select(context.Resolve).ToList();
            foreach (var missing in sources.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            {
                Messages.Error(context.Error, $"{missing}: no such file or directory");
                return ExitCodes.UsageError;
            }

            var database = CacheDirectory.DatabasePath(DbSettings.CacheDirectoryOf(settings));
            return DatabaseBuild.Run(context, database, sources, string.Join(", ", sources));
        });
    }

    /// <summary>The command to add to <c>db</c>.</summary>
    public Command Command { get; }
}
