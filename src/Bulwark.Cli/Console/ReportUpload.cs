using System.Net.Http.Headers;
using System.Text.Json;
using Bulwark.Engine.Settings;
using Bulwark.Sdk;

namespace Bulwark.Cli.Console;

/// <summary>
/// <c>--upload URL --token TOKEN [--product NAME]</c>: the report, as Bulwark JSON, sent to a <c>bulwark server</c>,
/// which deduplicates it against the product's earlier scans. What the server says (new, fixed, reopened) is printed
/// on standard error; the token never is.
/// </summary>
internal static class ReportUpload
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Sends the report when <c>--upload</c> is set; false when that was asked and did not work (said on standard error).</summary>
    public static bool Send(ScanReport report, SettingValues settings, CliContext context, string kind)
    {
        if (settings.Get(ScanSettings.Upload.Key) is not { } server)
        {
            return true;
        }

        if (!Uri.TryCreate(server, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            Messages.Error(context.Error, $"--upload: expected the server's URL (https://…), got '{server}'");
            return false;
        }

        if (settings.Get(ScanSettings.UploadToken.Key) is not { Length: > 0 } token)
        {
            Messages.Error(context.Error, "--upload needs the server's API token: --token TOKEN or BULWARK_TOKEN");
            return false;
        }

        var product = settings.Get(ScanSettings.Product.Key) ?? ProductOf(report, kind);
        var json = new MemoryStream();
        context.Reporters.First(r => r.Format == "json").Write(report, new ReportTarget(json, IsTerminal: false));
        json.Position = 0;
        var revision = kind == "repository" ? Commit(report.Target) : null;
        var url = new Uri(baseUri, $"api/v1/scans?product={Uri.EscapeDataString(product)}&kind={kind}" + (revision is null ? "" : $"&revision={revision}"));
        try
        {
            using var client = new HttpClient { Timeout = Timeout };
            using var content = new StreamContent(json);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = client.Send(request);
            var body = new StreamReader(response.Content.ReadAsStream()).ReadToEnd();
            if (!response.IsSuccessStatusCode)
            {
                Messages.Error(context.Error, $"upload to {baseUri}: {(int)response.StatusCode} {response.ReasonPhrase}{Detail(body)}");
                return false;
            }

            using var answer = JsonDocument.Parse(body);
            var scan = answer.RootElement;
            context.Error.WriteLine($"uploaded to {baseUri} as product {product}: scan #{scan.GetProperty("id")}, {scan.GetProperty("new")} new, {scan.GetProperty("fixed")} fixed, {scan.GetProperty("reopened")} reopened");
            return true;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Messages.Error(context.Error, $"upload to {baseUri}: {exception.Message}");
            return false;
        }
    }

    /// <summary>The exit code when an upload was asked for too: a failed upload is a scan error, unless the scan already said worse.</summary>
    public static int Combine(int exitCode, bool uploaded) => uploaded || exitCode == ExitCodes.UsageError ? exitCode : ExitCodes.ScanError;

    // The scanned directory's name; a host's (or a root tree's) name is the machine's unless the user says otherwise.
    private static string ProductOf(ScanReport report, string kind)
    {
        var name = Path.GetFileName(report.Target.TrimEnd('/', '\\'));
        return kind == "host" || name.Length == 0 || name.Contains(' ', StringComparison.Ordinal) ? Environment.MachineName : name;
    }

    // The commit a scanned working tree is at, so the server knows which revision the findings are of.
    private static string? Commit(string target)
    {
        if (!Directory.Exists(target))
        {
            return null;
        }

        try
        {
            if (LibGit2Sharp.Repository.Discover(target) is not { } gitDirectory)
            {
                return null;
            }

            using var repository = new LibGit2Sharp.Repository(gitDirectory);
            return repository.Head.Tip?.Sha;
        }
        catch (LibGit2Sharp.LibGit2SharpException)
        {
            return null;
        }
    }

    private static string Detail(string body)
    {
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("detail", out var detail) ? ": " + detail.GetString() : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
