using Microsoft.AspNetCore.Http;

namespace Bulwark.Server.Web;

/// <summary>
/// A rendered page as a response, with the headers every page carries: no script may run at all (the UI has none, so
/// an injected one would not run either), no framing, no caching of finding data, no content sniffing.
/// </summary>
internal sealed class HtmlPage(Markup page, int status = StatusCodes.Status200OK) : IResult
{
    private const string Policy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = Policy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "same-origin";
        response.Headers.CacheControl = "no-store";
        return response.WriteAsync(page.Value, httpContext.RequestAborted);
    }
}
