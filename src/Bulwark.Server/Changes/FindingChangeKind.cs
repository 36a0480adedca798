using System.Globalization;
using System.Text.Json;
using Bulwark.Server.Findings;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Changes;

/// <summary>
/// <c>risk-acceptance</c> (subject: finding ids, payload <c>{"until": …}</c>) and <c>false-positive</c> (subject: finding
/// ids, at least one of them high or critical): the findings of one product move to the state once approved, with the
/// requester and the approvers in their history.
/// </summary>
internal sealed class FindingChangeKind(string name, FindingState to) : IChangeKind
{
    public string Name => name;

    public bool AppliesOnServer => true;

    public async Task<Prepared> PrepareAsync(ChangeAsk ask, ChangeWork work, CancellationToken cancellationToken)
    {
        if (Ids(ask.Subject) is not { Count: > 0 and <= FindingStateChanges.MaxBulk } ids)
        {
            return Prepared.Refused($"subject: the ids of 1 to {FindingStateChanges.MaxBulk} findings, as 12 or 12,13");
        }

        DateTimeOffset? until = null;
        if (to == FindingState.RiskAccepted)
        {
            until = Until(ask.Payload);
            if (until is not { } date || date <= work.Clock.GetUtcNow())
            {
                return Prepared.Refused("a risk is accepted until a date: give payload.until (or until), in the future");
            }
        }

        var findings = await work.Store.Findings.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, f.ProductId, f.Severity }).ToListAsync(cancellationToken);
        if (findings.Count != ids.Count)
        {
            return Prepared.Refused($"no finding {string.Join(", ", ids.Except(findings.Select(f => f.Id)).Take(10))}", 404);
        }

        if (findings.Select(f => f.ProductId).Distinct().Count() > 1)
        {
            return Prepared.Refused("the findings of one product per request: an approver may hold their role on one product only");
        }

        if (to == FindingState.FalsePositive && findings.All(f => FindingStateChanges.ApprovalKind(to, f.Severity) is null))
        {
            return Prepared.Refused("a false positive below high severity needs no approval: set it directly (POST /api/v1/findings/{id}/state)");
        }

        var product = await work.Store.Products.AsNoTracking().Where(p => p.Id == findings[0].ProductId).Select(p => p.Name).FirstAsync(cancellationToken);
        var payload = JsonSerializer.Serialize(new { findings = ids, until });
        return new Prepared(Subject(ids), product, payload);
    }

    public async Task<Applied> ApplyAsync(ChangeRequest request, string actor, ChangeWork work, CancellationToken cancellationToken)
    {
        using var payload = JsonDocument.Parse(request.Payload);
        var ids = payload.RootElement.GetProperty("findings").EnumerateArray().Select(e => e.GetInt64()).ToList();
        var until = Until(payload.RootElement);
        var subject = ids.Count == 1 ? $"{request.Product}/finding/{ids[0]}" : $"findings ({ids.Count})";
        var outcome = await work.Findings.ApplyApprovedAsync(
            ids, actor, to, $"{request.Reason} (change #{request.Id})", until, subject, new { change = request.Id, ids, to = FindingStates.Name(to), until }, cancellationToken);
        return outcome.Result switch
        {
            FindingStateChanges.Result.Changed => new Applied(
                $"{(ids.Count == 1 ? "finding" : $"{ids.Count} findings")} {FindingStates.Name(to)}{(until is { } end ? " until " + end.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : "")}"),
            FindingStateChanges.Result.NotRecorded => new Applied(null, outcome.Problem, NotRecorded: true),
            _ => new Applied(null, outcome.Problem),
        };
    }

    /// <summary>The finding ids a request of these kinds is about, read from its stored payload.</summary>
    public static IReadOnlyList<long> FindingsOf(ChangeRequest request)
    {
        using var payload = JsonDocument.Parse(request.Payload);
        return payload.RootElement.TryGetProperty("findings", out var findings) ? [.. findings.EnumerateArray().Select(e => e.GetInt64())] : [];
    }

    private static List<long>? Ids(string? subject)
    {
        var ids = new List<long>();
        foreach (var part in (subject ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return null;
            }

            ids.Add(id);
        }

        return [.. ids.Distinct()];
    }

    private static DateTimeOffset? Until(JsonElement? payload) =>
        payload is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty("until", out var until) && until.ValueKind == JsonValueKind.String && until.TryGetDateTimeOffset(out var date)
            ? date
            : null;

    private static string Subject(IReadOnlyList<long> ids) => ids.Count switch
    {
        1 => $"finding {ids[0]}",
        <= 10 => $"findings {string.Join(", ", ids)}",
        _ => $"findings {string.Join(", ", ids.Take(10))} … ({ids.Count})",
    };
}
