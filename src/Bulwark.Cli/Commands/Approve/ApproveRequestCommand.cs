using System.CommandLine;
using System.Text.Json;
using Bulwark.Cli.Console;

namespace Bulwark.Cli.Commands.Approve;

/// <summary>
/// <c>bulwark approve request --kind deploy --subject service@1.4.2 --reason …</c>: asks the server for a change
/// request and prints its id (the request as JSON with <c>--format json</c>).
/// </summary>
public sealed class ApproveRequestCommand
{
    private readonly ServerCall _server = new();
    private readonly Option<string> _kind = new("--kind") { Description = "What kind of change: deploy (or any lower-case name of your own), risk-acceptance, false-positive, sla, suppression.", HelpName = "KIND", Required = true };
    private readonly Option<string> _subject = new("--subject") { Description = "What it is about: service@1.4.2 for a deploy, finding ids for risk-acceptance, the product for a suppression.", HelpName = "TEXT", Required = true };
    private readonly Option<string> _reason = new("--reason") { Description = "Why: it goes into the ledger with the request.", HelpName = "TEXT", Required = true };
    private readonly Option<string?> _expires = new("--expires") { Description = "Expire the request sooner than the server's default (30m, 2h, 1d).", HelpName = "DURATION" };
    private readonly Option<string?> _product = new("--product") { Description = "The product it is about, so approvers of that product may decide it.", HelpName = "NAME" };
    private readonly Option<string?> _payload = new("--payload") { Description = "Details as JSON ({\"until\": \"2026-12-31T00:00:00Z\"} for a risk acceptance).", HelpName = "JSON" };
    private readonly Option<string> _format = new("--format") { Description = "text (the id alone) or json (the request).", HelpName = "FORMAT", DefaultValueFactory = _ => "text" };
    private readonly CliContext _context;

    /// <summary>Builds the command.</summary>
    public ApproveRequestCommand(CliContext context)
    {
        _context = context;
        _format.AcceptOnlyFromAmong("text", "json");
        Command = new Command("request", "Ask for a change that a second person must approve; prints the request's id.")
        {
            _server.Server, _server.Token, _kind, _subject, _reason, _expires, _product, _payload, _format,
        };
        Command.SetAction((result, token) => RunAsync(result, token));
    }

    /// <summary>The command to add to <c>approve</c>.</summary>
    public Command Command { get; }

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var (connection, problem) = _server.Connect(result);
        if (connection is null)
        {
            Messages.Error(_context.Error, problem!);
            return ExitCodes.UsageError;
        }

        JsonElement? payload = null;
        if (result.GetValue(_payload) is { } json)
        {
            try
            {
                payload = JsonDocument.Parse(json).RootElement.Clone();
            }
            catch (JsonException e)
            {
                Messages.Error(_context.Error, $"--payload: not valid JSON: {e.Message}");
                return ExitCodes.UsageError;
            }
        }

        var body = new { kind = result.GetValue(_kind), subject = result.GetValue(_subject), reason = result.GetValue(_reason), expiresIn = result.GetValue(_expires), product = result.GetValue(_product), payload };
        var answer = await connection.PostAsync("api/v1/changes", body, cancellationToken);
        if (answer.Body is not { } request)
        {
            Messages.Error(_context.Error, $"approve request at {connection.Address}: {answer.Problem}");
            return answer.Status is >= 400 and < 500 ? ExitCodes.UsageError : ExitCodes.ScanError;
        }

        await using var output = new StreamWriter(_context.Output, leaveOpen: true);
        await output.WriteLineAsync(result.GetValue(_format) == "json" ? request.GetRawText() : request.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        _context.Error.WriteLine($"change request #{request.GetProperty("id")} ({request.GetProperty("kind").GetString()} {request.GetProperty("subject").GetString()}) waits for {request.GetProperty("approvalsNeeded")} approval(s) until {request.GetProperty("expiresAt").GetDateTimeOffset():u}");
        return ExitCodes.Clean;
    }
}
