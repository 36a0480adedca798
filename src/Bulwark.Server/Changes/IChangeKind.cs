using System.Text.Json;
using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Changes;

/// <summary>
/// One kind of change request: what it checks when asked for (and the subject, product and payload it is stored
/// with), and what it does once approved. A kind that applies nothing (a pipeline's deploy) only records the decision.
/// </summary>
internal interface IChangeKind
{
    string Name { get; }

    /// <summary>Whether approving it changes something on the server (then the request ends applied, else approved).</summary>
    bool AppliesOnServer { get; }

    /// <summary>The change as it will be stored, or why it cannot be asked for.</summary>
    Task<Prepared> PrepareAsync(ChangeAsk ask, ChangeWork work, CancellationToken cancellationToken);

    /// <summary>Makes the approved change, inside the decision's transaction; what it did, or why it could not.</summary>
    Task<Applied> ApplyAsync(ChangeRequest request, string actor, ChangeWork work, CancellationToken cancellationToken);
}

/// <summary>What someone asks for: a kind, what it is about, why, the details, and how soon it should expire at the latest.</summary>
internal sealed record ChangeAsk(string? Kind, string? Subject, string? Reason, JsonElement? Payload, string? ExpiresIn, string? Product);

/// <summary>A change as it will be stored, or the problem (and its HTTP status) that stops it.</summary>
internal sealed record Prepared(string Subject, string? Product, string Payload, string? Problem = null, int Status = 400)
{
    public static Prepared Refused(string problem, int status = 400) => new("", null, "{}", problem, status);
}

/// <summary>What applying did (for the request's outcome and the ledger), or why it could not be done.</summary>
internal sealed record Applied(string? Outcome, string? Problem = null, bool NotRecorded = false);
