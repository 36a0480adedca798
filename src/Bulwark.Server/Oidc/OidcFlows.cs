using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bulwark.Server.Auth;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Oidc;

/// <summary>
/// Sign-ins on their way through the provider: the state, nonce and PKCE verifier made when one starts, kept in the
/// database's settings table (under <see cref="Prefix"/> and the state's hash) because the provider may send the browser
/// back to another server process than the one it left. A flow is taken once: the first callback deletes it, so a
/// replayed callback finds nothing; flows older than <see cref="Lifetime"/> are refused and swept away.
/// </summary>
internal static class OidcFlows
{
    public const string Prefix = "oidc-flow:";

    /// <summary>How long someone may spend at the provider before the sign-in must start again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>A flow: the state the browser carries, the nonce the ID token must echo, the PKCE verifier, and where to go after.</summary>
    public sealed record Flow(string State, string Nonce, string Verifier, string ReturnUrl)
    {
        /// <summary>The PKCE S256 challenge of the verifier (RFC 7636 §4.2).</summary>
        public string Challenge => System.Buffers.Text.Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));
    }

    public static async Task<Flow> StartAsync(StoreContext store, TimeProvider clock, string returnUrl, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stale = now - Lifetime;
        await store.Settings.Where(s => s.Key.StartsWith(Prefix) && s.ChangedAt < stale).ExecuteDeleteAsync(cancellationToken);
        // 32 random bytes each: the verifier is 43 characters of base64url, the shortest RFC 7636 §4.1 allows at full entropy.
        var flow = new Flow(ApiTokens.NewSecret(), ApiTokens.NewSecret(), ApiTokens.NewSecret(), returnUrl);
        store.Settings.Add(new Setting
        {
            Key = Key(flow.State),
            Value = JsonSerializer.Serialize(new Stored(flow.Nonce, flow.Verifier, flow.ReturnUrl)),
            ChangedAt = now,
            ChangedBy = "oidc sign-in",
        });
        await store.SaveChangesAsync(cancellationToken);
        return flow;
    }

    /// <summary>The flow of <paramref name="state"/>, removed so it cannot be taken again; null when there is none (used, swept) or it is too old.</summary>
    public static async Task<Flow?> TakeAsync(StoreContext store, TimeProvider clock, string state, CancellationToken cancellationToken)
    {
        var key = Key(state);
        var row = await store.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        // Of two callbacks racing with one state, only the one whose delete removed the row goes on.
        if (row is null || await store.Settings.Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken) != 1)
        {
            return null;
        }

        if (clock.GetUtcNow() - row.ChangedAt > Lifetime || JsonSerializer.Deserialize<Stored>(row.Value) is not { } stored)
        {
            return null;
        }

        return new Flow(state, stored.Nonce, stored.Verifier, stored.ReturnUrl);
    }

    // Only the state's hash is a key, so the table does not hand out states that a browser could complete.
    private static string Key(string state) => Prefix + ApiTokens.Hash(state);

    private sealed record Stored(string Nonce, string Verifier, string ReturnUrl);
}
