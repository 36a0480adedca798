using System.CommandLine;

namespace Bulwark.Cli.Commands.Approve;

/// <summary>
/// <c>bulwark approve</c>: the four-eye gate for pipelines. A step asks the server for a change request and waits for
/// someone else to approve it; the exit code says whether it was.
/// </summary>
public static class ApproveCommand
{
    /// <summary>Builds the command tree.</summary>
    public static Command Create(CliContext context) => new("approve", "Ask a bulwark server for a second person's approval and wait for it (the four-eye rule in a pipeline).")
    {
        new ApproveRequestCommand(context).Command,
        new ApproveWaitCommand(context).Command,
    };
}
