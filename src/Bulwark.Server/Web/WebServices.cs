using Bulwark.Server.Auth;
using Bulwark.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulwark.Server.Web;

/// <summary>What the web UI needs besides its routes: the sign-in throttle, antiforgery, and the keys its cookies are sealed with.</summary>
internal static class WebServices
{
    public static void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LoginThrottle>();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "bulwark_csrf";
            o.Cookie.Path = WebPaths.Root;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // Every page says DENY itself (HtmlPage); antiforgery's SAMEORIGIN would contradict it.
            o.SuppressXFrameOptionsHeader = true;
        });
        builder.Services.AddDataProtection().SetApplicationName("bulwark-server");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(s =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseKeyRepository(s.GetRequiredService<IServiceScopeFactory>())));
        // The keys are in the database unencrypted on purpose (DatabaseKeyRepository says why); the warning says only that.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);
    }
}
