using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Bulwark.Cli.Commands.Ledger;
using Bulwark.Cli.Console;
using Bulwark.Ledger.Events;
using Bulwark.Sdk;

namespace Bulwark.Cli.Commands.Detect;

/// <summary>
/// Where live detections go: a line each on standard output (text or a JSON object), an entry each in the ledger when one
/// is given, and a POST each to a webhook when one is given (retried with backoff; a webhook that stays down costs a
/// warning, never the detection, which is already on standard output and in the ledger). One thread at a time.
/// </summary>
internal sealed class DetectionOutlets(TextWriter output, TextWriter error, bool json, Bulwark.Ledger.Ledger? ledger, Uri? webhook, IReadOnlyList<TimeSpan>? backoff = null) : IDisposable
{
    private readonly IReadOnlyList<TimeSpan> _backoff = backoff ?? [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Detections a webhook did not accept after every retry.</summary>
    public int Undelivered { get; private set; }

    public void Report(Finding finding)
    {
        var document = Document(finding);
        output.WriteLine(json ? JsonSerializer.Serialize(document) : Text(finding));
        output.Flush();
        if (ledger is not null)
        {
            var appended = ledger.Append(new LedgerEvent
            {
                Actor = new Actor("bulwark-detect", "service", "local-process"),
                Action = "detection.raised",
                Subject = finding.RuleId,
                Reason = finding.Message.Length <= 500 ? finding.Message : finding.Message[..500],
                Time = DateTimeOffset.UtcNow,
                Host = ActorDefaults.Host,
                Payload = JsonSerializer.SerializeToElement(document),
            });
            if (appended.Succeeded)
            {
                ledger.Commit();
            }
            else
            {
                Messages.Warning(error, "the ledger refused a detection: " + string.Join("; ", appended.Problems));
            }
        }

        if (webhook is not null)
        {
            Deliver(document);
        }
    }

    public void Dispose() => _http.Dispose();

    private void Deliver(Dictionary<string, object?> document)
    {
        string? failure = null;
        for (var attempt = 0; attempt <= _backoff.Count; attempt++)
        {
            try
            {
                using var response = _http.PostAsJsonAsync(webhook, document).GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                failure = $"HTTP {(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                failure = e.Message;
            }

            if (attempt < _backoff.Count)
            {
                Thread.Sleep(_backoff[attempt]);
            }
        }

        Undelivered++;
        Messages.Warning(error, $"the webhook {webhook} did not take a detection of {document["ruleId"]} after {_backoff.Count + 1} attempts: {failure}");
    }

    private static Dictionary<string, object?> Document(Finding finding) => new()
    {
        ["time"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        ["ruleId"] = finding.RuleId,
        ["title"] = finding.Title,
        ["level"] = finding.Detection?.Level,
        ["severity"] = finding.Severity.Name(),
        ["file"] = finding.Location.Path,
        ["line"] = finding.Location.StartLine,
        ["group"] = finding.Detection?.Group,
        ["message"] = finding.Message,
        ["events"] = finding.Detection?.Events.Select(e => new { file = e.File, line = e.Line, time = e.Time, fields = e.Fields }).ToList(),
    };

    private static string Text(Finding finding) =>
        $"{DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ssZ} {finding.Severity.Name(),-8} {finding.Title} [{finding.RuleId}] at {finding.Location.Path}:{finding.Location.StartLine}: {finding.Message}";
}
