using System.Security.Cryptography.X509Certificates;
using Bulwark.Sdk;

namespace Bulwark.Ledger.Shipping;

/// <summary>
/// Reads a target spec: <c>syslog+tcp://host:port</c>, <c>syslog+tls://host:port</c>, <c>hec+http(s)://host:port</c>,
/// <c>webhook+http(s)://host/path</c>, <c>file:///path</c> or a plain path. Bad specs are problems, never exceptions,
/// and no problem repeats a secret.
/// </summary>
public static class ShipTargets
{
    private const string Where = "ship target";
    private const string Forms = "syslog+tcp://host:port, syslog+tls://host:port, hec+https://host:port, webhook+https://host/path, or file:///path";

    /// <summary>The target for <paramref name="spec"/>.</summary>
    public static Created<IShipTarget> Parse(string spec, ShipTargetOptions? options = null)
    {
        options ??= new ShipTargetOptions();
        if (string.IsNullOrWhiteSpace(spec))
        {
            return Created<IShipTarget>.Failed(Where, "no target given; use " + Forms);
        }

        var at = spec.IndexOf("://", StringComparison.Ordinal);
        if (at < 0)
        {
            return FileTarget.Create(Path.GetFullPath(spec));
        }

        var scheme = spec[..at].ToLowerInvariant();
        if (!Uri.TryCreate(spec, UriKind.Absolute, out var uri))
        {
            return Created<IShipTarget>.Failed(Where, $"'{scheme}://…' is not a valid URL");
        }

        // Credentials in a URL end up in shell history, process listings and the cursor file.
        if (uri.UserInfo.Length > 0)
        {
            return Created<IShipTarget>.Failed(Where, $"credentials in the {scheme} URL are refused; give them with --hec-token/{ShipTargetOptions.HecTokenVariable} or --webhook-secret/{ShipTargetOptions.WebhookSecretVariable}");
        }

        var ca = LoadCa(options);
        if (ca.Problem is not null)
        {
            return Created<IShipTarget>.Failed("--ca " + options.CaFile, ca.Problem);
        }

        if (scheme == "file" && !string.IsNullOrEmpty(uri.Host) && uri.Host != "localhost")
        {
            return Created<IShipTarget>.Failed(Where, "a file URL takes an absolute path, as in file:///var/log/bulwark/ledger.jsonl");
        }

        return scheme switch
        {
            "file" => FileTarget.Create(uri.LocalPath),
            "syslog+tcp" => Syslog(uri, tls: false, ca.Certificates, options),
            "syslog+tls" => Syslog(uri, tls: true, ca.Certificates, options),
            "hec+http" or "hec+https" => Hec(uri, ca.Certificates, options),
            "webhook+http" or "webhook+https" => Webhook(uri, ca.Certificates, options),
            _ => Created<IShipTarget>.Failed(Where, $"unknown target type '{scheme}'; use " + Forms),
        };
    }

    private static (X509Certificate2Collection? Certificates, string? Problem) LoadCa(ShipTargetOptions options)
    {
        if (options.CaFile is null)
        {
            return (null, null);
        }

        var certificates = TlsTrust.LoadCa(options.CaFile, out var problem);
        return (certificates, problem);
    }

    private static Created<IShipTarget> Syslog(Uri uri, bool tls, X509Certificate2Collection? ca, ShipTargetOptions options)
    {
        if (uri.AbsolutePath.Length > 1 || uri.Query.Length > 0)
        {
            return Created<IShipTarget>.Failed(Where, $"a syslog target is host:port only, as in syslog+{(tls ? "tls" : "tcp")}://logs.example.com:{(tls ? 6514 : 514)}");
        }

        if (!tls && ca is not null)
        {
            return Created<IShipTarget>.Failed("--ca", "a CA is only used with TLS; use syslog+tls://");
        }

        // RFC 5425 assigns 6514 to syslog over TLS; 514 is the customary plain TCP port.
        var port = uri.IsDefaultPort || uri.Port < 0 ? (tls ? 6514 : 514) : uri.Port;
        return Created<IShipTarget>.Ok(new SyslogTarget(uri.DnsSafeHost, port, tls, ca, options.Timeout));
    }

    private static Created<IShipTarget> Hec(Uri uri, X509Certificate2Collection? ca, ShipTargetOptions options)
    {
        var token = options.HecToken ?? options.Environment(ShipTargetOptions.HecTokenVariable);
        if (string.IsNullOrWhiteSpace(token))
        {
            return Created<IShipTarget>.Failed(Where, $"a Splunk HEC target needs a token: --hec-token or {ShipTargetOptions.HecTokenVariable}");
        }

        // A line break in a header value would let the token's text add headers of its own.
        if (token.Any(char.IsControl))
        {
            return Created<IShipTarget>.Failed(Where, "the HEC token contains control characters (a stray newline from the file it was read from?)");
        }

        var endpoint = HttpEndpoint(uri, defaultPort: 8088);
        var path = endpoint.AbsolutePath.TrimEnd('/');
        var events = path.EndsWith(HecTarget.EventPath, StringComparison.Ordinal) ? endpoint : new UriBuilder(endpoint) { Path = path + HecTarget.EventPath }.Uri;
        return Created<IShipTarget>.Ok(new HecTarget(events, token, HttpDelivery.Client(ca, options.Timeout)));
    }

    private static Created<IShipTarget> Webhook(Uri uri, X509Certificate2Collection? ca, ShipTargetOptions options)
    {
        var secret = options.WebhookSecret ?? options.Environment(ShipTargetOptions.WebhookSecretVariable);
        if (string.IsNullOrEmpty(secret))
        {
            return Created<IShipTarget>.Failed(Where, $"a webhook target needs an HMAC secret: --webhook-secret or {ShipTargetOptions.WebhookSecretVariable}");
        }

        return Created<IShipTarget>.Ok(new WebhookTarget(HttpEndpoint(uri, defaultPort: -1), secret, HttpDelivery.Client(ca, options.Timeout), options.Clock));
    }

    // "hec+https://h:p/x" becomes "https://h:p/x"; a port left out takes the target's customary one, else the scheme's.
    private static Uri HttpEndpoint(Uri uri, int defaultPort)
    {
        var https = uri.Scheme.EndsWith("https", StringComparison.OrdinalIgnoreCase);
        var port = uri.Port > 0 ? uri.Port : defaultPort > 0 ? defaultPort : https ? 443 : 80;
        return new UriBuilder(https ? "https" : "http", uri.Host, port, uri.AbsolutePath) { Query = uri.Query.TrimStart('?') }.Uri;
    }

    /// <summary>The spec of an HTTP target as a cursor records it: scheme, host, port and path, never the query.</summary>
    internal static string SpecOf(string kind, Uri endpoint) =>
        $"{kind}+{endpoint.Scheme}://{endpoint.Authority}{endpoint.AbsolutePath}";
}
