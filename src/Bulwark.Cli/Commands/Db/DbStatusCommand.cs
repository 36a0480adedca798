using System.CommandLine;
using Bulwark.Cli.Console;
using Bulwark.Scanners.Packages;
using Bulwark.Scanners.Packages.Database;
using Bulwark.Scanners.Packages.Scanning;

namespace Bulwark.Cli.Commands.Db;

/// <summary><c>bulwark db status</c>: where the database is, how old, what it holds.</summary>
public sealed class DbStatusCommand
{
    private readonly DbSettings _settings;

    /// <summary>Builds the command.</summary>
    public DbStatusCommand(CliContext context)
    {
        Command = new Command("status", "Show where the vulnerability database is, when it was built and how many advisories of each ecosystem it holds.");
        _settings = new DbSettings(Command, context, PackagesModule.CacheDir, PackagesModule.MaxDatabaseAge);
        Command.SetAction(result =>
        {
            if (_settings.Read(result) is not { } settings)
            {
                return ExitCodes.UsageError;
            }

            var (database, problem) = VulnerabilityDatabase.Open(CacheDirectory.DatabasePath(DbSettings.CacheDirectoryOf(settings)));
            if (database is null)
            {
                Messages.Error(context.Error, problem!);
                return ExitCodes.ScanError;
            }

            using (database)
            {
                var now = DateTimeOffset.UtcNow;
                var info = database.Info;
                using var output = new StreamWriter(context.Output, leaveOpen: true) { AutoFlush = true };
                output.WriteLine($"database:   {info.Path} ({new FileInfo(info.Path).Length / 1048576.0:0.0} MB)");
                output.WriteLine($"built:      {info.Describe(now)}");
                output.WriteLine($"source:     {info.Source}");
                foreach (var (ecosystem, count) in info.ByEcosystem.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    output.WriteLine($"  {ecosystem,-14} {count,10:N0} affected packages");
                }

                var limit = PackagesSettings.ParseAge(settings.Get(PackagesModule.MaxDatabaseAge.Key) ?? "7d") ?? TimeSpan.FromDays(7);
                if (info.AgeAt(now) > limit)
                {
                    Messages.Warning(context.Error, $"the database is older than {PackagesSettings.FormatAge(limit)} (packages.max-db-age): run 'bulwark db update'");
                }
            }

            return ExitCodes.Clean;
        });
    }

    /// <summary>The command to add to <c>db</c>.</summary>
    public Command Command { get; }
}
