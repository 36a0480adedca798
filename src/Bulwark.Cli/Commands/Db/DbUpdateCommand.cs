using System.CommandLine;
using System.Globalization;
using Bulwark.Cli.Console;
using Bulwark.Scanners.Packages;
using Bulwark.Scanners.Packages.Database;
using Bulwark.Scanners.Packages.Download;

namespace Bulwark.Cli.Commands.Db;

/// <summary>
/// <c>bulwark db update</c>: downloads each ecosystem's OSV export (resuming broken transfers, skipping unchanged
/// ones), then rebuilds the database from every export on disk. An ecosystem that fails to download keeps its
/// previous export when there is one, and the command says so and exits 3.
/// </summary>
public sealed class DbUpdateCommand
{
    private readonly Option<string[]> _ecosystems = new("--ecosystems")
    {
        Description = $"Only these OSV ecosystems, comma-separated. Default: {string.Join(", ", OsvExports.Default)}.",
        HelpName = "LIST",
    };

    private readonly DbSettings _settings;
    private readonly CliContext _context;

    /// <summary>Builds the command.</summary>
    public DbUpdateCommand(CliContext context)
    {
        _context = context;
        Command = new Command("update", "Download the OSV exports (the public OSV bucket, or --mirror) and rebuild the vulnerability database.") { _ecosystems };
        _settings = new DbSettings(Command, context, PackagesModule.CacheDir, PackagesModule.DatabaseMirror);
        Command.SetAction((result, token) => RunAsync(result, token));
    }

    /// <summary>The command to add to <c>db</c>.</summary>
    public Command Command { get; }

    /// <summary>The HTTP client downloads go through (the system proxy applies; no automatic decompression, so MD5s are of the bytes sent).</summary>
    internal static HttpClient Http { get; } = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(30), AutomaticDecompression = System.Net.DecompressionMethods.None })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        if (_settings.Read(result) is not { } settings)
        {
            return ExitCodes.UsageError;
        }

        var ecosystems = (result.GetValue(_ecosystems) ?? []).SelectMany(e => e.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (ecosystems.Count == 0)
        {
            ecosystems = [.. OsvExports.Default];
        }

        var mirror = settings.Get(PackagesModule.DatabaseMirror.Key)!;
        if (!Uri.TryCreate(mirror, UriKind.Absolute, out var mirrorUri) || mirrorUri.Scheme is not ("https" or "http"))
        {
            Messages.Error(_context.Error, $"{settings.Where(PackagesModule.DatabaseMirror.Key)}: '{mirror}' is not an http(s) URL");
            return ExitCodes.UsageError;
        }

        var cache = DbSettings.CacheDirectoryOf(settings);
        var downloader = new OsvDownloader(Http, CacheDirectory.DownloadFolder(cache));
        var failed = 0;
        var unchanged = 0;
        var exports = new List<string>();
        foreach (var ecosystem in ecosystems)
        {
            var outcome = await downloader.FetchAsync(mirror, ecosystem, Progress(), cancellationToken).ConfigureAwait(false);
            Clear();
            var kept = Path.Combine(CacheDirectory.DownloadFolder(cache), OsvExports.FileName(ecosystem));
            if (outcome.Problem is not null)
            {
                failed++;
                var fallback = File.Exists(kept) ? "; the previous download is used" : "";
                Messages.Warning(_context.Error, $"{ecosystem}: {outcome.Problem}{fallback}");
                if (File.Exists(kept))
                {
                    exports.Add(kept);
                }

                continue;
            }

            unchanged += outcome.Unchanged ? 1 : 0;
            _context.Error.WriteLine($"{ecosystem}: {outcome.Status}");
            exports.Add(outcome.Path!);
        }

        var database = CacheDirectory.DatabasePath(cache);
        if (unchanged == ecosystems.Count && VulnerabilityDatabase.Open(database) is ({ } current, _))
        {
            current.Dispose();
            DatabaseWriter.MarkCurrent(database, DateTimeOffset.UtcNow);
            using var output = new StreamWriter(_context.Output, leaveOpen: true) { AutoFlush = true };
            output.WriteLine($"every export is unchanged: {database} is current");
            return ExitCodes.Clean;
        }

        if (exports.Count == 0)
        {
            Messages.Error(_context.Error, "nothing could be downloaded; the current database was left as it was");
            return ExitCodes.ScanError;
        }

        var built = DatabaseBuild.Run(_context, database, exports, $"{mirror} ({string.Join(", ", ecosystems)})");
        return built != ExitCodes.Clean ? built : failed > 0 ? ExitCodes.ScanError : ExitCodes.Clean;
    }

    private Progress<DownloadProgress>? Progress() => !_context.ErrorIsTerminal ? null : new(p =>
    {
        var of = p.Total is { } total ? string.Create(CultureInfo.InvariantCulture, $" of {total / 1048576.0:0.0} MB") : " MB";
        _context.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r\x1b[K{p.Ecosystem}: {p.Received / 1048576.0:0.0}{of}"));
    });

    private void Clear()
    {
        if (_context.ErrorIsTerminal)
        {
            _context.Error.Write("\r\x1b[K");
        }
    }
}
