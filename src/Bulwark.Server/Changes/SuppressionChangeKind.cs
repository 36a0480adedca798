using System.Globalization;
using System.Text.Json;
using Bulwark.Server.Findings;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Changes;

/// <summary>
/// <c>suppression</c> (subject: the product; payload <c>{"rule": …, "path": "test/**", "until": …}</c>): once approved,
/// the product's unresolved findings of the rule (under the path, when one is given) are risk-accepted until the
/// suppression ends, each with the request in its history; a scan that brings a new one while it holds accepts that
/// one too (<see cref="Suppressions"/>). When it ends it stops applying, and their acceptance ends with it.
/// </summary>
internal sealed class SuppressionChangeKind : IChangeKind
{
    public string Name => "suppression";

    public bool AppliesOnServer => true;

    public async Task<Prepared> PrepareAsync(ChangeAsk ask, ChangeWork work, CancellationToken cancellationToken)
    {
        var product = ask.Subject?.Trim();
        if (string.IsNullOrEmpty(product) || !await work.Store.Products.AsNoTracking().AnyAsync(p => p.Name == product, cancellationToken))
        {
            return Prepared.Refused($"subject: the product whose findings to suppress; there is no product '{product}'", 404);
        }

        var payload = ask.Payload is { ValueKind: JsonValueKind.Object } p ? p : default;
        var rule = Text(payload, "rule");
        var path = Text(payload, "path");
        if (string.IsNullOrEmpty(rule))
        {
            return Prepared.Refused("payload.rule: the rule id whose findings to suppress");
        }

        if (!(payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("until", out var end) && end.ValueKind == JsonValueKind.String && end.TryGetDateTimeOffset(out var until))
            || until <= work.Clock.GetUtcNow())
        {
            return Prepared.Refused("payload.until: a suppression ends; give a date in the future");
        }

        var subject = path is null ? $"{product}: {rule}" : $"{product}: {rule} in {path}";
        return new Prepared(subject, product, JsonSerializer.Serialize(new { rule, path, until }));
    }

    public async Task<Applied> ApplyAsync(ChangeRequest request, string actor, ChangeWork work, CancellationToken cancellationToken)
    {
        var suppression = Suppressions.Of(request);
        var productId = await work.Store.Products.AsNoTracking().Where(p => p.Name == request.Product).Select(p => p.Id).FirstAsync(cancellationToken);
        var ids = await Suppressions.MatchingAsync(work.Store, suppression, productId, null, cancellationToken);
        var until = suppression.Until.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        if (ids.Count == 0)
        {
            return new Applied($"suppression of {suppression.Rule} until {until} UTC; no unresolved finding matched yet");
        }

        var outcome = await work.Findings.ApplyApprovedAsync(
            ids, actor, FindingState.RiskAccepted, $"{request.Reason} (suppression, change #{request.Id})", suppression.Until, $"{request.Product}/findings ({ids.Count})",
            new { change = request.Id, ids, to = "risk-accepted", until = suppression.Until }, cancellationToken);
        return outcome.Result switch
        {
            FindingStateChanges.Result.Changed => new Applied($"suppression of {suppression.Rule} until {until} UTC; {ids.Count} finding(s) risk-accepted"),
            FindingStateChanges.Result.NotRecorded => new Applied(null, outcome.Problem, NotRecorded: true),
            _ => new Applied(null, outcome.Problem),
        };
    }

    private static string? Text(JsonElement payload, string name) =>
        payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text
            ? text
            : null;
}
