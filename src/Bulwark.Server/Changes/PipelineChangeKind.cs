using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Changes;

/// <summary>
/// A pipeline's own kind (<c>deploy</c>, any well-formed name the server does not apply itself): the subject is what
/// the step is about (<c>service@1.4.2</c>), the payload is kept as it came, and the decision is all that happens
/// (<c>bulwark approve wait</c> reads it).
/// </summary>
internal sealed class PipelineChangeKind(string name) : IChangeKind
{
    private const int LongestSubject = 200;

    public string Name => name;

    public bool AppliesOnServer => false;

    public Task<Prepared> PrepareAsync(ChangeAsk ask, ChangeWork work, CancellationToken cancellationToken)
    {
        var subject = ask.Subject?.Trim();
        if (string.IsNullOrEmpty(subject) || subject.Length > LongestSubject || subject.Any(char.IsControl))
        {
            return Task.FromResult(Prepared.Refused($"subject: what the step is about, as service@1.4.2 (1 to {LongestSubject} characters on one line)"));
        }

        var product = string.IsNullOrWhiteSpace(ask.Product) ? null : ask.Product.Trim();
        return Task.FromResult(new Prepared(subject, product, ask.Payload?.GetRawText() ?? "{}"));
    }

    public Task<Applied> ApplyAsync(ChangeRequest request, string actor, ChangeWork work, CancellationToken cancellationToken) =>
        Task.FromResult(new Applied("approved; nothing to apply on the server"));
}
