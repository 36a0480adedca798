using Bulwark.Server.Audit;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Bulwark.Server.Store.Schema;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Auth;

/// <summary>
/// <c>bulwark server admin create</c> and <c>… disable</c>: the one local account, an administrator with a password,
/// for setting a server up before its directory works. It is the only password the server keeps; once directory
/// sign-in works, <c>disable</c> removes it, ends its sessions and revokes the bootstrap token, so nothing local is left.
/// </summary>
public static class LocalAdministrator
{
    /// <summary>The setting that holds the account (<see cref="LocalPassword"/>).</summary>
    internal const string SettingKey = "local-administrator";

    /// <summary>Null when made; else why not (one already exists, the password is too short).</summary>
    public static async Task<string?> CreateAsync(ServerOptions options, string name, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        name = name.Trim();
        if (name.Length is 0 or > 64 || name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "--name: 1 to 64 characters, no spaces";
        }

        if (password.Length < LocalPassword.MinLength)
        {
            return $"the password must have at least {LocalPassword.MinLength} characters";
        }

        await using var store = await OpenAsync(options, cancellationToken);
        if (await store.Settings.AsNoTracking().Where(s => s.Key == SettingKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            return $"there is a local administrator already ({LocalPassword.Parse(existing)?.Name}); disable it first (bulwark server admin disable)";
        }

        var now = DateTimeOffset.UtcNow;
        if (await new ServerLedger(options.Ledger).RecordAsync(new Bulwark.Ledger.Events.Actor("bulwark server admin create", "user", "local-os-user"), "local-administrator.created", $"local/{name}", "made on the server's command line", new { name }, cancellationToken) is { } refused)
        {
            return $"not made: the ledger did not record it: {refused}";
        }

        store.Settings.Add(new Setting { Key = SettingKey, Value = LocalPassword.Make(name, password, now).Serialize(), ChangedAt = now, ChangedBy = "bulwark server admin create" });
        await store.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Removes the local administrator (and its sessions) and revokes the bootstrap token; what was done, for the person at the terminal.</summary>
    public static async Task<string> DisableAsync(ServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        await using var store = await OpenAsync(options, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var account = await store.Settings.FirstOrDefaultAsync(s => s.Key == SettingKey, cancellationToken);
        var name = LocalPassword.Parse(account?.Value)?.Name;
        var bootstrap = await store.ApiTokens.Where(t => t.Name == BootstrapToken.Name && t.OwnerPerson == null && t.RevokedAt == null).ToListAsync(cancellationToken);
        if (account is null && bootstrap.Count == 0)
        {
            return "nothing to disable: there is no local administrator and no valid bootstrap token";
        }

        if (await new ServerLedger(options.Ledger).RecordAsync(new Bulwark.Ledger.Events.Actor("bulwark server admin disable", "user", "local-os-user"), "local-administrator.disabled", $"local/{name ?? BootstrapToken.Name}", "the directory is the way in now", new { name, bootstrapTokens = bootstrap.Count }, cancellationToken) is { } refused)
        {
            return $"not disabled: the ledger did not record it: {refused}";
        }

        if (account is not null)
        {
            store.Settings.Remove(account);
            var person = Persons.OfLocal(name ?? "");
            await store.UiSessions.Where(s => s.Person == person).ExecuteDeleteAsync(cancellationToken);
        }

        bootstrap.ForEach(t => t.RevokedAt = now);
        await store.SaveChangesAsync(cancellationToken);
        return $"disabled: {(name is null ? "no local administrator" : $"local administrator {name} removed, its sessions ended")}; {bootstrap.Count} bootstrap token(s) revoked";
    }

    /// <summary>The local administrator's account, or null when there is none.</summary>
    internal static async Task<LocalPassword?> FindAsync(StoreContext store, CancellationToken cancellationToken) =>
        LocalPassword.Parse(await store.Settings.AsNoTracking().Where(s => s.Key == SettingKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken));

    private static async Task<StoreContext> OpenAsync(ServerOptions options, CancellationToken cancellationToken)
    {
        var store = new StoreContext(StoreOptions.For(options.Database, options.DataDirectory));
        await SchemaMigrator.MigrateAsync(store, null, cancellationToken);
        return store;
    }
}
