using Bulwark.Server.Hosting;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Findings;

/// <summary>
/// The SLA policy in the database (every server process reads the same), the default until someone sets one. Kept for
/// five seconds: a change through another server process reaches this one within that.
/// </summary>
internal static class SlaStore
{
    private static readonly ShortCache<string, SlaPolicy> Cache = new(TimeProvider.System, TimeSpan.FromSeconds(5), capacity: 16);

    public static Task<SlaPolicy> GetAsync(StoreContext store, CancellationToken cancellationToken) =>
        Cache.GetAsync(store.Database.GetConnectionString() ?? "", () => ReadAsync(store, cancellationToken), _ => true);

    private static async Task<SlaPolicy> ReadAsync(StoreContext store, CancellationToken cancellationToken) =>
        await store.Settings.AsNoTracking().Where(s => s.Key == SlaPolicy.SettingKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken) is { } text
        && SlaPolicy.Parse(text).Policy is { } policy
            ? policy
            : SlaPolicy.Default;

    public static async Task SetAsync(StoreContext store, SlaPolicy policy, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var setting = await store.Settings.FirstOrDefaultAsync(s => s.Key == SlaPolicy.SettingKey, cancellationToken);
        if (setting is null)
        {
            store.Settings.Add(new Setting { Key = SlaPolicy.SettingKey, Value = policy.Serialize(), ChangedAt = now, ChangedBy = actor });
        }
        else
        {
            (setting.Value, setting.ChangedAt, setting.ChangedBy) = (policy.Serialize(), now, actor);
        }

        await store.SaveChangesAsync(cancellationToken);
        Cache.Forget(store.Database.GetConnectionString() ?? "");
    }
}
