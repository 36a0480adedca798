using System.Xml.Linq;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Server.Hosting;

/// <summary>
/// ASP.NET Core's data-protection keys (what the web UI's session and antiforgery cookies are sealed with) kept in the
/// <c>settings</c> table, so every server process on one database opens the cookies of the others, and a restart keeps
/// people signed in. They are not encrypted there: a cookie holds no more than a session key, which is worth nothing
/// without its row in <c>ui_sessions</c>, and that table keeps only hashes.
/// </summary>
internal sealed class DatabaseKeyRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    private const string Prefix = "data-protection-key/";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<StoreContext>();
        return [.. store.Settings.Where(s => s.Key.StartsWith(Prefix)).Select(s => s.Value).AsEnumerable().Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<StoreContext>();
        store.Settings.Add(new Setting
        {
            Key = Prefix + friendlyName,
            Value = element.ToString(SaveOptions.DisableFormatting),
            ChangedAt = DateTimeOffset.UtcNow,
            ChangedBy = "bulwark-server",
        });
        store.SaveChanges();
    }
}
