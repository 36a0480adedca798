using System.CommandLine;
using System.Text.Json;
using Bulwark.Cli.Console;

namespace Bulwark.Cli.Commands.Approve;

/// <summary>
/// <c>bulwark approve wait ID --timeout 30m</c>: asks the server about the request every <c>--interval</c> until it is
/// decided. Exit 0 when it was approved (and applied), 1 when it was rejected, expired or cancelled or the time ran
/// out, 2 for a usage error (a bad option, a token the server refuses, no such request), 3 when the server could not be
/// reached at the end.
/// </summary>
public sealed class ApproveWaitCommand
{
    private readonly ServerCall _server = new();
    private readonly Argument<long> _id = new("id") { Description = "The change request's id (what approve request printed)." };
    private readonly Option<string> _timeout = new("--timeout") { Description = "How long to wait for the decision (30s, 30m, 2h).", HelpName = "DURATION", DefaultValueFactory = _ => "30m" };
    private readonly Option<string> _interval = new("--interval") { Description = "How often to ask the server (5s, 1m).", HelpName = "DURATION", DefaultValueFactory = _ => "5s" };
    private readonly CliContext _context;

    /// <summary>Builds the command.</summary>
    public ApproveWaitCommand(CliContext context)
    {
        _context = context;
        Command = new Command("wait", "Wait until a change request is decided: exit 0 approved, 1 rejected, expired, cancelled or timed out.")
        {
            _id, _server.Server, _server.Token, _timeout, _interval,
        };
        Command.SetAction((result, token) => RunAsync(result, token));
    }

    /// <summary>The command to add to <c>approve</c>.</summary>
    public Command Command { get; }

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var (connection, problem) = _server.Connect(result);
        var timeout = Bulwark.Rules.Durations.Parse(result.GetValue(_timeout));
        var interval = Bulwark.Rules.Durations.Parse(result.GetValue(_interval));
        problem ??= timeout is null ? $"--timeout: '{result.GetValue(_timeout)}' is not a duration (write 30s, 30m or 2h)"
            : interval is null ? $"--interval: '{result.GetValue(_interval)}' is not a duration (write 5s or 1m)"
            : null;
        if (problem is not null)
        {
            Messages.Error(_context.Error, problem);
            return ExitCodes.UsageError;
        }

        var id = result.GetValue(_id);
        var deadline = DateTimeOffset.UtcNow + timeout!.Value;
        while (true)
        {
            var answer = await connection!.GetAsync($"api/v1/changes/{id}", cancellationToken);
            if (answer.Status is >= 400 and < 500)
            {
                Messages.Error(_context.Error, $"approve wait at {connection.Address}: {answer.Problem}");
                return ExitCodes.UsageError;
            }

            if (answer.Body is { } request && Decided(request) is { } exitCode)
            {
                return exitCode;
            }

            if (DateTimeOffset.UtcNow >= deadline)
            {
                return TimedOut(answer, timeout.Value);
            }

            await Task.Delay(interval!.Value < deadline - DateTimeOffset.UtcNow ? interval.Value : deadline - DateTimeOffset.UtcNow, cancellationToken);
        }
    }

    // The exit code of a decided request (said on standard error), or null while it is pending.
    private int? Decided(JsonElement request)
    {
        var state = request.GetProperty("state").GetString();
        var id = request.GetProperty("id").GetInt64();
        var deciders = string.Join(", ", request.GetProperty("decisions").EnumerateArray().Select(d => $"{d.GetProperty("by").GetString()} ({d.GetProperty("reason").GetString()})"));
        switch (state)
        {
            case "approved" or "applied":
                _context.Error.WriteLine($"change request #{id} {state}: approved by {deciders}");
                return ExitCodes.Clean;
            case "rejected":
                Messages.Error(_context.Error, $"change request #{id} was rejected: {request.GetProperty("outcome").GetString()}");
                return ExitCodes.Findings;
            case "expired" or "cancelled":
                Messages.Error(_context.Error, $"change request #{id} {state} without approval");
                return ExitCodes.Findings;
            default:
                return null;
        }
    }

    private int TimedOut(ServerCall.Answer last, TimeSpan timeout)
    {
        if (last.Body is { } request)
        {
            Messages.Error(_context.Error, $"change request #{request.GetProperty("id")} still waits for approval after {timeout} ({request.GetProperty("approvals")} of {request.GetProperty("approvalsNeeded")}); giving up");
            return ExitCodes.Findings;
        }

        Messages.Error(_context.Error, $"approve wait: the server did not answer: {last.Problem}");
        return ExitCodes.ScanError;
    }
}
