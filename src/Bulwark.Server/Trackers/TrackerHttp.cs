using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Bulwark.Server.Trackers;

/// <summary>
/// One HTTP call to a tracker with its credentials, and how its answer counts: 2xx taken; 408, 429, 5xx and no answer at
/// all (down, timed out) worth another try; any other 4xx never going to work as sent (bad request, no permission, no
/// such project). Error texts carry the status and the start of the tracker's answer, with the secret taken out.
/// </summary>
internal sealed class TrackerHttp(HttpClient http, TrackerSettings tracker)
{
    private const int ShownBody = 300;

    /// <summary>The answer's status and body; or, when there was none, the outcome to record.</summary>
    internal sealed record Answer(HttpStatusCode Status, string Body, DeliveryOutcome? Failure);

    public async Task<Answer> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken, Action<HttpRequestHeaders>? headers = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(tracker.Url, path)) { Content = content };
        Authorize(request.Headers);
        headers?.Invoke(request.Headers);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return new Answer(status, body, null);
            }

            var error = Redact($"{method} {request.RequestUri!.AbsolutePath}: {(int)status} {response.ReasonPhrase}: {Shorten(body)}");
            var permanent = (int)status is >= 400 and < 500 and not 408 and not 429;
            return new Answer(status, body, permanent ? DeliveryOutcome.Never(error) : DeliveryOutcome.Later(error));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var why = e is TaskCanceledException ? $"no answer within {http.Timeout.TotalSeconds:0} s" : e.Message;
            return new Answer(0, "", DeliveryOutcome.Later(Redact($"{method} {request.RequestUri!.AbsolutePath}: {why}")));
        }
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public string Redact(string text) => tracker.Secret.Redact(text, tracker.User);

    private void Authorize(HttpRequestHeaders headers)
    {
        headers.UserAgent.ParseAdd("bulwark-server");
        if (tracker.Kind == TrackerKind.Webhook)
        {
            return;
        }

        headers.Authorization = tracker.User is { } user
            ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{tracker.Secret.Value}")))
            : new AuthenticationHeaderValue("Bearer", tracker.Secret.Value);
    }

    private static string Shorten(string body)
    {
        var flat = body.ReplaceLineEndings(" ").Trim();
        return flat.Length <= ShownBody ? flat : flat[..ShownBody] + "…";
    }
}
