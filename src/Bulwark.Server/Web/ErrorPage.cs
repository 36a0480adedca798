using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Server.Web;

/// <summary>A page that says what went wrong (not found, not allowed, a refused form) and leads back.</summary>
internal static class ErrorPage
{
    public static IResult Result(HttpContext context, int status, string title, string detail)
    {
        var viewer = Viewer.Of(context, context.RequestServices.GetRequiredService<IAntiforgery>());
        var body = Html.Of($"""
            <h1>{title}</h1>
            <p class="problem" role="alert">{detail}</p>
            <p><a href="{WebPaths.Root}">Back to the dashboard</a></p>
            """);
        return new HtmlPage(Layout.Page(title, viewer, Layout.Section.None, body), status);
    }

    public static Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        Result(context, status, title, detail).ExecuteAsync(context);
}
