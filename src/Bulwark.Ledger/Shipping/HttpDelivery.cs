using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace Bulwark.Ledger.Shipping;

/// <summary>What the HTTP targets share: one client per target, and one reading of status codes.</summary>
internal static class HttpDelivery
{
    /// <summary>A client that trusts <paramref name="ca"/> when given and never follows redirects (a redirect must not carry a token elsewhere).</summary>
    internal static HttpClient Client(X509Certificate2Collection? ca, TimeSpan timeout)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectTimeout = timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseCookies = false,
        };
        if (ca is not null)
        {
            handler.SslOptions = TlsTrust.ClientOptions("", ca);
        }

        return new HttpClient(handler) { Timeout = timeout };
    }

    /// <summary>
    /// Posts <paramref name="request"/>; a 2xx answer goes to <paramref name="accept"/>, anything else becomes a
    /// failure quoting the answer, with <paramref name="secret"/> blanked in case the receiver echoes it back.
    /// </summary>
    internal static async Task<SendResult> PostAsync(HttpClient client, HttpRequestMessage request, string spec, string secret, Func<string, SendResult> accept, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            var body = (await response.Content.ReadAsStringAsync(cancellationToken)).Replace(secret, "***", StringComparison.Ordinal);
            if (response.IsSuccessStatusCode)
            {
                return accept(body);
            }

            var why = $"{spec} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}{Excerpt(body)}";
            return Transient(response.StatusCode) ? SendResult.Retry(why) : SendResult.Refused(why);
        }
        catch (HttpRequestException e)
        {
            return SendResult.Retry($"posting to {spec}: {e.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendResult.Retry($"posting to {spec}: no answer within {client.Timeout.TotalSeconds:0.#} s");
        }
        finally
        {
            request.Dispose();
        }
    }

    // Overload and outages pass; a bad token, a bad request or a redirect will be answered the same way next time.
    private static bool Transient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static string Excerpt(string body)
    {
        var line = body.ReplaceLineEndings(" ").Trim();
        return line.Length == 0 ? "" : ": " + (line.Length > 200 ? line[..200] + "…" : line);
    }
}
