using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Changes;

/// <summary>What became of an ask, a decision or a cancellation: the request as it now stands, or why not (with the HTTP status that says it).</summary>
internal sealed record ChangeResult(ChangeRequest? Request, string? Problem = null, int Status = 200)
{
    public bool Succeeded => Problem is null;

    public static ChangeResult Refused(int status, string problem) => new(null, problem, status);
}
