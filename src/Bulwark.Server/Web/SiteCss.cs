using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Bulwark.Server.Web;

/// <summary>
/// The one style sheet (<c>site.css</c>, embedded in the assembly), served at a URL that carries its hash: browsers
/// keep it for a year, and a new build's sheet has a new URL.
/// </summary>
internal static class SiteCss
{
    private static readonly byte[] Bytes = Read();
    private static readonly string Hash = Convert.ToHexStringLower(SHA256.HashData(Bytes))[..16];

    public static string Url { get; } = $"{WebPaths.Css}?v={Hash}";

    public static IResult Serve(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.ETag = $"\"{Hash}\"";
        headers.XContentTypeOptions = "nosniff";
        return context.Request.Headers.IfNoneMatch == $"\"{Hash}\""
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(Bytes, "text/css; charset=utf-8");
    }

    private static byte[] Read()
    {
        using var stream = typeof(SiteCss).Assembly.GetManifestResourceStream("Bulwark.Server.Web.site.css")
            ?? throw new InvalidOperationException("the style sheet is not embedded in the assembly (Bulwark.Server.Web.site.css)");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
