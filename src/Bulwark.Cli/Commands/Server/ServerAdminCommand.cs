using System.CommandLine;
using System.Security.Cryptography;
using Bulwark.Cli.Console;
using Bulwark.Server;
using Bulwark.Server.Auth;

namespace Bulwark.Cli.Commands.Server;

/// <summary>
/// <c>bulwark server admin create|disable</c>: the one local administrator, for setting a server up before its directory
/// works, and removing it (with the bootstrap token) once it does. Run on the server's machine, against its database.
/// </summary>
public sealed class ServerAdminCommand
{
    private readonly Option<string> _name = new("--name") { Description = "The administrator's user name.", HelpName = "NAME", DefaultValueFactory = _ => "admin" };
    private readonly Option<bool> _passwordStdin = new("--password-stdin") { Description = "Read the password (at least 12 characters) from the first line of standard input; without it a random one is made and printed once." };
    private readonly CliContext _context;
    private readonly Func<ParseResult, ServerOptions> _options;

    /// <summary>Builds the command; <paramref name="options"/> reads the server's database options from the parse result.</summary>
    public ServerAdminCommand(CliContext context, Func<ParseResult, ServerOptions> options)
    {
        _context = context;
        _options = options;
        var create = new Command("create", "Make the local administrator (user name and password) for signing in to the web UI before the directory works.") { _name, _passwordStdin };
        create.SetAction((result, token) => CreateAsync(result, token));
        var disable = new Command("disable", "Remove the local administrator, end its sessions and revoke the bootstrap token: do this once directory sign-in works.");
        disable.SetAction((result, token) => DisableAsync(result, token));
        Command = new Command("admin", "The local administrator: the only password the server keeps, until the directory works.") { create, disable };
    }

    /// <summary>The command to add to <c>server</c>.</summary>
    public Command Command { get; }

    private async Task<int> CreateAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var made = !result.GetValue(_passwordStdin);
        string password;
        if (made)
        {
            password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
        }
        else
        {
            using var input = new StreamReader(_context.Input, leaveOpen: true);
            password = (await input.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? "";
        }

        var name = result.GetValue(_name)!;
        string? refused;
        try
        {
            refused = await LocalAdministrator.CreateAsync(_options(result), name, password, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or System.Data.Common.DbException)
        {
            refused = $"cannot reach the server's database: {exception.Message}";
        }

        if (refused is not null)
        {
            Messages.Error(_context.Error, $"server admin create: {refused}");
            return ExitCodes.UsageError;
        }

        await using var output = new StreamWriter(_context.Output, leaveOpen: true) { AutoFlush = true };
        await output.WriteLineAsync($"local administrator {name.Trim()} made; sign in at /ui/login with it");
        if (made)
        {
            await output.WriteLineAsync($"password (shown once, stored only as a PBKDF2 hash): {password}");
        }

        await output.WriteLineAsync("once directory sign-in works: bulwark server admin disable");
        return ExitCodes.Clean;
    }

    private async Task<int> DisableAsync(ParseResult result, CancellationToken cancellationToken)
    {
        string done;
        try
        {
            done = await LocalAdministrator.DisableAsync(_options(result), cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or System.Data.Common.DbException)
        {
            Messages.Error(_context.Error, $"server admin disable: cannot reach the server's database: {exception.Message}");
            return ExitCodes.UsageError;
        }

        await using var output = new StreamWriter(_context.Output, leaveOpen: true) { AutoFlush = true };
        await output.WriteLineAsync($"server admin disable: {done}");
        return done.StartsWith("not disabled", StringComparison.Ordinal) ? ExitCodes.UsageError : ExitCodes.Clean;
    }
}
