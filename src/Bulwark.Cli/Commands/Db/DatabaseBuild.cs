using System.Diagnostics;
using Bulwark.Cli.Console;
using Bulwark.Scanners.Packages.Database;

namespace Bulwark.Cli.Commands.Db;

/// <summary>Builds a fresh database from OSV sources beside the current one and swaps it in only when complete.</summary>
internal static class DatabaseBuild
{
    /// <summary>Imports <paramref name="sources"/> into a new database at <paramref name="database"/>; prints what happened; returns the exit code.</summary>
    public static int Run(CliContext context, string database, IReadOnlyList<string> sources, string described)
    {
        var clock = Stopwatch.StartNew();
        var read = 0L;
        var refused = 0;
        var problems = new List<string>();
        var lastShown = 0L;
        long written;
        using (var writer = DatabaseWriter.CreateNew(database))
        {
            foreach (var source in sources)
            {
                var result = OsvImporter.Import(source, writer, count =>
                {
                    if (context.ErrorIsTerminal && count - Interlocked.Read(ref lastShown) >= 10_000)
                    {
                        Interlocked.Exchange(ref lastShown, count);
                        context.Error.Write($"\rimporting: {read + count:N0} advisories read");
                    }
                });
                read += result.Read;
                refused += result.Refused;
                problems.AddRange(result.Problems);
            }

            if (read == 0)
            {
                Messages.Error(context.Error, $"no OSV advisories found in {described}{(problems.Count > 0 ? $" ({problems[0]})" : "")}; the current database was left as it was");
                return ExitCodes.ScanError;
            }

            writer.Commit(described, DateTimeOffset.UtcNow);
            written = writer.Written;
        }

        if (context.ErrorIsTerminal)
        {
            context.Error.Write("\r\x1b[K");
        }

        foreach (var problem in problems)
        {
            Messages.Warning(context.Error, $"skipped {problem}");
        }

        if (refused > problems.Count)
        {
            Messages.Warning(context.Error, $"... and {refused - problems.Count:N0} more records could not be read");
        }

        var size = new FileInfo(database).Length;
        using var output = new StreamWriter(context.Output, leaveOpen: true) { AutoFlush = true };
        output.WriteLine($"imported {written:N0} advisories ({read:N0} records read, {refused:N0} refused) into {database} ({size / 1048576.0:0.0} MB) in {clock.Elapsed.TotalSeconds:0.0} s");
        return ExitCodes.Clean;
    }
}
