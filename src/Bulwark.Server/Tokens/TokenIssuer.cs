using System.Security.Claims;
using Bulwark.Server.Audit;
using Bulwark.Server.Auth;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Tokens;

/// <summary>
/// Making, listing and revoking API tokens for CI and agents. A token belongs to the person who made it and carries
/// their roles as they were then, bounded by its scope; it always expires; only its hash is kept and the token is shown
/// once. A token can only make tokens when it is an admin-scope one, and never a wider scope than its own, so a leaked
/// upload token cannot mint anything. Making and revoking are recorded in the ledger first.
/// </summary>
internal sealed class TokenIssuer(StoreContext store, TimeProvider clock, ServerLedger ledger)
{
    public const int DefaultDays = 90;
    public const int MaxDays = 365;
    public const int MaxName = 100;

    /// <summary>A token made: its record, and the token itself, to show once.</summary>
    internal sealed record Issued(ApiToken Record, string Token);

    /// <summary>What became of a request: the token made, or why not (and whether the asker lacked the right).</summary>
    internal sealed record Outcome(Issued? Issued, string? Problem, bool Forbidden = false, bool NotRecorded = false);

    /// <summary>Makes a token named <paramref name="name"/> of <paramref name="scope"/>, valid for <paramref name="days"/> days, for <paramref name="creator"/>.</summary>
    public async Task<Outcome> IssueAsync(ClaimsPrincipal creator, string? name, string? scope, int? days, CancellationToken cancellationToken)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxName || name.Any(char.IsControl))
        {
            return new(null, $"name the token (1 to {MaxName} characters), e.g. after the pipeline that will use it");
        }

        if (scope is null || !TokenScopes.All.Contains(scope))
        {
            return new(null, $"scope must be one of {string.Join(", ", TokenScopes.All)}");
        }

        var valid = days ?? DefaultDays;
        if (valid is < 1 or > MaxDays)
        {
            return new(null, $"a token is valid for 1 to {MaxDays} days");
        }

        if (creator.FindFirst(Claims.Scope)?.Value is { } creatorScope
            && (creatorScope != TokenScopes.Admin || !RolePermissions.Cap(scope).IsSubsetOf(RolePermissions.Cap(creatorScope))))
        {
            return new(null, "only an admin-scope token may make tokens; sign in to the web UI to make your own", Forbidden: true);
        }

        var roles = creator.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var person = Persons.Of(creator);
        var owner = OwnerName(creator);
        var token = ApiTokens.New();
        var now = clock.GetUtcNow();
        var record = new ApiToken
        {
            Name = name, Hash = ApiTokens.Hash(token), Scope = scope, CreatedAt = now, ExpiresAt = now.AddDays(valid),
            OwnerPerson = person, OwnerName = owner, Roles = DirectoryRoles.Join(roles),
        };
        var payload = new { name, scope, expiresAt = record.ExpiresAt, roles };
        if (await ledger.RecordAsync(AuditActors.Of(creator), "token.created", $"token/{name}", $"made by {owner} for {valid} days", payload, cancellationToken) is { } refused)
        {
            return new(null, refused, NotRecorded: true);
        }

        store.ApiTokens.Add(record);
        await store.SaveChangesAsync(cancellationToken);
        return new(new Issued(record, token), null);
    }

    /// <summary>The tokens <paramref name="asker"/> may see: their own, or with <see cref="Permission.Administer"/> everyone's; newest first.</summary>
    public async Task<List<ApiToken>> ListAsync(ClaimsPrincipal asker, CancellationToken cancellationToken)
    {
        var tokens = store.ApiTokens.AsNoTracking();
        if (!Grants.From(asker).Has(Permission.Administer))
        {
            var person = Persons.Of(asker);
            tokens = tokens.Where(t => t.OwnerPerson == person);
        }

        return await tokens.OrderByDescending(t => t.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Revokes token <paramref name="id"/>: the asker's own, or anyone's with <see cref="Permission.Administer"/>. Null when done, else why not.</summary>
    public async Task<Outcome?> RevokeAsync(ClaimsPrincipal asker, long id, string? reason, CancellationToken cancellationToken)
    {
        var token = await store.ApiTokens.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        var mayAll = Grants.From(asker).Has(Permission.Administer);
        if (token is null || (!mayAll && token.OwnerPerson != Persons.Of(asker)))
        {
            return new(null, $"no token {id} of yours");
        }

        if (token.RevokedAt is not null)
        {
            return null;
        }

        var why = string.IsNullOrWhiteSpace(reason) ? "revoked by its owner" : reason.Trim();
        if (await ledger.RecordAsync(AuditActors.Of(asker), "token.revoked", $"token/{token.Name}", why, new { id, token.Name, token.Scope }, cancellationToken) is { } refused)
        {
            return new(null, refused, NotRecorded: true);
        }

        token.RevokedAt = clock.GetUtcNow();
        await store.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>A token's record as lists show it; never the token or its hash.</summary>
    public static object View(ApiToken t, DateTimeOffset now) => new
    {
        id = t.Id,
        name = t.Name,
        scope = t.Scope,
        owner = t.OwnerName,
        roles = Claims.RolesOf(t),
        createdAt = t.CreatedAt,
        expiresAt = t.ExpiresAt,
        revokedAt = t.RevokedAt,
        lastUsedAt = t.LastUsedAt,
        valid = TokenCache.Usable(t, now),
    };

    // A person's own name; for a token that makes a token, its owner's (or the token's, when it has no owner).
    private static string OwnerName(ClaimsPrincipal creator) =>
        creator.FindFirst(Claims.OwnerName)?.Value ?? creator.Identity?.Name ?? Persons.Of(creator);
}
