using System.Text.Json;
using Bulwark.Server.Findings;
using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Changes;

/// <summary><c>sla</c> (subject <c>sla</c>, payload the days to change: <c>{"critical": 10}</c>): the days to fix, server-wide.</summary>
internal sealed class SlaChangeKind : IChangeKind
{
    public string Name => "sla";

    public bool AppliesOnServer => true;

    public async Task<Prepared> PrepareAsync(ChangeAsk ask, ChangeWork work, CancellationToken cancellationToken)
    {
        if (ask.Payload is not { ValueKind: JsonValueKind.Object } payload || !payload.EnumerateObject().Any())
        {
            return Prepared.Refused("payload: the days to fix to change, {\"critical\": 10, \"high\": 30}");
        }

        var current = await SlaStore.GetAsync(work.Store, cancellationToken);
        var wanted = current;
        foreach (var severity in payload.EnumerateObject())
        {
            if (severity.Value.ValueKind != JsonValueKind.Number || !severity.Value.TryGetInt32(out var days))
            {
                return Prepared.Refused($"payload.{severity.Name}: a whole number of days");
            }

            var (policy, problem) = SlaPolicy.Parse($"{wanted.Serialize()},{severity.Name}={days}");
            if (policy is null)
            {
                return Prepared.Refused(problem!);
            }

            wanted = policy;
        }

        return new Prepared("sla", null, JsonSerializer.Serialize(new { from = current.Serialize(), to = wanted.Serialize() }));
    }

    public async Task<Applied> ApplyAsync(ChangeRequest request, string actor, ChangeWork work, CancellationToken cancellationToken)
    {
        using var payload = JsonDocument.Parse(request.Payload);
        var wanted = SlaPolicy.Parse(payload.RootElement.GetProperty("to").GetString()!).Policy!;
        var current = await SlaStore.GetAsync(work.Store, cancellationToken);
        if (await work.Ledger.RecordAsync(actor, "sla.changed", "sla", request.Reason, new { change = request.Id, from = current.Serialize(), to = wanted.Serialize() }, cancellationToken) is { } refused)
        {
            return new Applied(null, refused, NotRecorded: true);
        }

        await SlaStore.SetAsync(work.Store, wanted, actor, work.Clock.GetUtcNow(), cancellationToken);
        return new Applied($"days to fix: {wanted.Serialize()}");
    }
}
