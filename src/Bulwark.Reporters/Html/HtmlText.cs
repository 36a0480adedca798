using System.Net;
using Bulwark.Reporters.Common;

namespace Bulwark.Reporters.Html;

/// <summary>Encoding for everything that comes from a finding: it is text, never markup.</summary>
internal static class HtmlText
{
    /// <summary>The text HTML-encoded (safe in content and in quoted attributes), control characters made visible.</summary>
    public static string E(string text) => WebUtility.HtmlEncode(ControlCharacters.Visible(text, keepNewLines: true));

    /// <summary>True for an absolute http or https address, the only kind the page turns into a link.</summary>
    public static bool IsWebLink(string text, out Uri uri) =>
        Uri.TryCreate(text, UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
