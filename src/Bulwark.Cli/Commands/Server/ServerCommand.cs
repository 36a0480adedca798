using System.CommandLine;
using System.Net.Sockets;
using Bulwark.Cli.Console;
using Bulwark.Sdk;
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

    // The configuration file an option names, read by load; false (problems written) when it is wrong, true with null when not given.
    private bool TryLoad<T>(ParseResult result, Option<string?> option, Func<string, Created<T>> load, out T? loaded)
        where T : class
    {
        loaded = null;
        if (result.GetValue(option) is not { Length: > 0 } file)
        {
            return true;
        }

        var read = load(Path.GetFullPath(file, _context.WorkingDirectory));
        if (read.Value is null)
        {
            Messages.Problems(_context.Error, read.Problems);
            return false;
        }

        loaded = read.Value;
        return true;
    }

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var listen = result.GetValue(_listen)!;
        if (!Uri.TryCreate(listen, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            Messages.Error(_context.Error, $"--listen: expected a URL such as {ServerOptions.DefaultListen}, got '{listen}'");
            return ExitCodes.UsageError;
        }

        // Each file is read whole before anything starts: a problem in any of them is a usage error naming the file.
        if (!TryLoad(result, _directory, DirectoryConfig.Load, out var directory)
            || !TryLoad(result, _trackers, TrackerConfig.Load, out var trackers)
            || !TryLoad(result, _fourEye, FourEyeRules.Load, out var fourEye))
        {
            return ExitCodes.UsageError;
        }

        var options = Database(result) with { Listen = listen, Directory = directory, Trackers = trackers, FourEye = fourEye };
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
