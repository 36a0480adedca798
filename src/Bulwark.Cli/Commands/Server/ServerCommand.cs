using System.CommandLine;
using System.Net.Sockets;
using Bulwark.Cli.Console;
using Bulwark.Server;
using Bulwark.Server.Changes;
using Bulwark.Server.Directories;
using Bulwark.Server.Trackers;

namespace Bulwark.Cli.Commands.Server;

/// <summary>
/// <c>bulwark server</c>: the control plane (findings from every scan, deduplicated, with their life cycle) on
/// <c>http://127.0.0.1:8080</c>, with an embedded database in the data directory or PostgreSQL with <c>--db</c>.
/// Runs until interrupted.
/// </summary>
public sealed class ServerCommand
{
    private readonly Option<string> _listen = new("--listen") { Description = "The URL to serve on. [env: BULWARK_SERVER_LISTEN]", HelpName = "URL", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("BULWARK_SERVER_LISTEN") ?? ServerOptions.DefaultListen };
    private readonly Option<string> _data = new("--data") { Recursive = true, Description = "The data directory (the embedded database lives here). [env: BULWARK_SERVER_DATA]", HelpName = "DIR", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("BULWARK_SERVER_DATA") ?? ServerOptions.DefaultDataDirectory };
    private readonly Option<string?> _db = new("--db") { Recursive = true, Description = "A PostgreSQL connection string (Host=…;Database=…;Username=…) instead of the embedded database. [env: BULWARK_SERVER_DB]", HelpName = "CONNECTION", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("BULWARK_SERVER_DB") };
    private readonly Option<string?> _ledger = new("--ledger") { Recursive = true, Description = "Record every import, state change and policy change in this ledger (bulwark ledger init); a change it cannot record is not made. [env: BULWARK_LEDGER]", HelpName = "FILE", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("BULWARK_LEDGER") };
    private readonly Option<string?> _directory = new("--directory") { Description = "Let people sign in to the web UI with their directory account or an OpenID Connect provider, as this JSON file configures (directory, oidc and the role map). [env: BULWARK_SERVER_DIRECTORY]", HelpName = "FILE", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("BULWARK_SERVER_DIRECTORY") };
    private readonly Option<string?> _trackers = new("--trackers") { Description = "Push findings into JIRA, GitHub issues or webhooks, as this JSON file configures (tokens come from the environment variables it names). [env: BULWARK_SERVER_TRACKERS]", HelpName = "FILE", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("BULWARK_SERVER_TRACKERS") };
    private readonly Option<string?> _fourEye = new("--four-eye") { Description = "How many approvals each kind of change request needs and how long requests wait, as this JSON file says (default: 1 each, 7 days). [env: BULWARK_SERVER_FOUR_EYE]", HelpName = "FILE", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("BULWARK_SERVER_FOUR_EYE") };
    private readonly CliContext _context;

    /// <summary>Builds the command.</summary>
    public ServerCommand(CliContext context)
    {
        _context = context;
        Command = new Command("server", "Run the control plane: stores every uploaded scan's findings, deduplicated, with their life cycle, behind an HTTP API.") { _listen, _data, _db, _ledger, _directory, _trackers, _fourEye };
        Command.SetAction((result, token) => RunAsync(result, token));
        Command.Subcommands.Add(new ServerAdminCommand(context, Database).Command);
    }

    /// <summary>The command to add to the root.</summary>
    public Command Command { get; }

    // The database (and ledger) the admin subcommands work on: the server's own options, read the same way.
    private ServerOptions Database(ParseResult result) =>
        new(ServerOptions.DefaultListen, Path.GetFullPath(result.GetValue(_data)!, _context.WorkingDirectory), result.GetValue(_db),
            result.GetValue(_ledger) is { } ledger ? Path.GetFullPath(ledger, _context.WorkingDirectory) : null);

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var listen = result.GetValue(_listen)!;
        if (!Uri.TryCreate(listen, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            Messages.Error(_context.Error, $"--listen: expected a URL such as {ServerOptions.DefaultListen}, got '{listen}'");
            return ExitCodes.UsageError;
        }

        DirectoryConfig? directory = null;
        if (result.GetValue(_directory) is { Length: > 0 } directoryFile)
        {
            var loaded = DirectoryConfig.Load(Path.GetFullPath(directoryFile, _context.WorkingDirectory));
            if (loaded.Value is null)
            {
                Messages.Problems(_context.Error, loaded.Problems);
                return ExitCodes.UsageError;
            }

            directory = loaded.Value;
        }

        TrackerConfig? trackers = null;
        if (result.GetValue(_trackers) is { Length: > 0 } trackersFile)
        {
            var loaded = TrackerConfig.Load(Path.GetFullPath(trackersFile, _context.WorkingDirectory));
            if (loaded.Value is null)
            {
                Messages.Problems(_context.Error, loaded.Problems);
                return ExitCodes.UsageError;
            }

            trackers = loaded.Value;
        }

        FourEyeRules? fourEye = null;
        if (result.GetValue(_fourEye) is { Length: > 0 } fourEyeFile)
        {
            var loaded = FourEyeRules.Load(Path.GetFullPath(fourEyeFile, _context.WorkingDirectory));
            if (loaded.Value is null)
            {
                Messages.Problems(_context.Error, loaded.Problems);
                return ExitCodes.UsageError;
            }

            fourEye = loaded.Value;
        }

        var options = new ServerOptions(listen, Path.GetFullPath(result.GetValue(_data)!, _context.WorkingDirectory), result.GetValue(_db),
            result.GetValue(_ledger) is { } ledger ? Path.GetFullPath(ledger, _context.WorkingDirectory) : null, directory, trackers, fourEye);
        ServerHost host;
        try
        {
            host = await ServerHost.StartAsync(options, new StreamWriter(_context.Output) { AutoFlush = true }, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or SocketException or UnauthorizedAccessException or InvalidOperationException or System.Data.Common.DbException)
        {
            Messages.Error(_context.Error, $"server: cannot start: {exception.Message}");
            return ExitCodes.ScanError;
        }

        await using (host)
        {
            await host.WaitAsync(cancellationToken);
        }

        return ExitCodes.Clean;
    }
}
