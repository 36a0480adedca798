using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Findings;

/// <summary>The SLA policy in the database (every server process reads the same), the default until someone sets one.</summary>
internal static class SlaStore
{
    public static async Task<SlaPolicy> GetAsync(StoreContext store, CancellationToken cancellationToken) =>
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
    }
}
