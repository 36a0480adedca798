using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace Bulwark.Scanners.Packages.Download;

/// <summary>
/// Fetches OSV exports into a download folder. A download lands in <c>NAME.part</c> first and is moved into
/// place only once it is complete and its checksum (the bucket's <c>x-goog-hash: md5=</c>, or a
/// <c>Content-MD5</c>) agrees, so a broken transfer never replaces a good file. An interrupted download is
/// resumed with a range request guarded by <c>If-Range</c> (the server restarts it when the file changed in
/// between); a file already complete is revalidated with <c>If-None-Match</c> and not fetched again when unchanged.
/// </summary>
public sealed class OsvDownloader(HttpClient http, string folder)
{
    private const int BufferSize = 1 << 16;

    /// <summary>Downloads <paramref name="ecosystem"/>'s export from <paramref name="mirror"/>.</summary>
    public async Task<DownloadOutcome> FetchAsync(string mirror, string ecosystem, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, OsvExports.FileName(ecosystem));
        var part = target + ".part";
        var url = OsvExports.ExportOf(mirror, ecosystem);
        var resumeFrom = File.Exists(part) ? new FileInfo(part).Length : 0;
        var partTag = ReadTag(part);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (resumeFrom > 0 && partTag is not null)
        {
            request.Headers.Range = new RangeHeaderValue(resumeFrom, null);
            request.Headers.IfRange = new RangeConditionHeaderValue(EntityTagHeaderValue.Parse(partTag));
        }
        else if (File.Exists(target) && ReadTag(target) is { } tag)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(tag));
        }

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new DownloadOutcome(ecosystem, target, 0, DownloadOutcome.UnchangedStatus, null);
            }

            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return Failed(ecosystem, $"{url} does not exist (HTTP 404): is the mirror URL right, and does it carry this ecosystem?");
            }

            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.PartialContent))
            {
                return Failed(ecosystem, $"{url} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var resumed = response.StatusCode == HttpStatusCode.PartialContent && response.Content.Headers.ContentRange?.From == resumeFrom;
            var start = resumed ? resumeFrom : 0;
            var total = response.Content.Headers.ContentRange?.Length ?? response.Content.Headers.ContentLength + start;
            await using (var output = new FileStream(part, resumed ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                WriteTag(part, response.Headers.ETag?.ToString());
                await using var input = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                var buffer = new byte[BufferSize];
                var received = start;
                var lastReport = 0L;
                int read;
                while ((read = await input.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    received += read;
                    if (received - lastReport >= 1 << 20)
                    {
                        lastReport = received;
                        progress?.Report(new DownloadProgress(ecosystem, received, total));
                    }
                }

                progress?.Report(new DownloadProgress(ecosystem, received, total));
            }

            var size = new FileInfo(part).Length;
            if (total is { } expected && size != expected)
            {
                return Failed(ecosystem, $"the transfer of {url} ended after {size:N0} of {expected:N0} bytes; run the update again to resume");
            }

            var actual = await HashAsync(part, cancellationToken).ConfigureAwait(false);
            if (ExpectedMd5(response) is { } md5 && !md5.AsSpan().SequenceEqual(actual))
            {
                File.Delete(part);
                File.Delete(TagFile(part));
                return Failed(ecosystem, $"{url} arrived damaged (its MD5 does not match the one the server sent); the partial file was removed, run the update again");
            }

            File.Move(part, target, overwrite: true);
            // A mirror without ETags (a plain web server) leaves no tag: the next update fetches the file again.
            if (File.Exists(TagFile(part)))
            {
                File.Move(TagFile(part), TagFile(target), overwrite: true);
            }
            else
            {
                File.Delete(TagFile(target));
            }
            var status = resumed ? $"resumed at {Megabytes(resumeFrom)}, {Megabytes(size)}" : $"downloaded, {Megabytes(size)}";
            return new DownloadOutcome(ecosystem, target, size - start, status, null);
        }
        catch (HttpRequestException e)
        {
            return Failed(ecosystem, $"cannot reach {url}: {e.Message}{(File.Exists(part) ? " (the partial download is kept and will be resumed)" : "")}");
        }
        catch (IOException e)
        {
            return Failed(ecosystem, $"the download of {url} broke off: {e.Message} (the partial download is kept and will be resumed)");
        }
    }

    private static DownloadOutcome Failed(string ecosystem, string problem) => new(ecosystem, null, 0, "failed", problem);

    // The bucket sends x-goog-hash: crc32c=…, md5=… (base64) for the whole object, on full and ranged responses alike.
    private static byte[]? ExpectedMd5(HttpResponseMessage response)
    {
        var values = response.Headers.TryGetValues("x-goog-hash", out var goog) ? goog : [];
        foreach (var value in values.SelectMany(v => v.Split(',')))
        {
            var pair = value.Trim();
            if (pair.StartsWith("md5=", StringComparison.OrdinalIgnoreCase))
            {
                return Decode(pair[4..]);
            }
        }

        return response.Content.Headers.ContentMD5 is { Length: 16 } contentMd5 && response.StatusCode == HttpStatusCode.OK ? contentMd5 : null;
    }

    private static byte[]? Decode(string base64)
    {
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static async Task<byte[]> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await MD5.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    private static string TagFile(string path) => path + ".etag";

    private static string? ReadTag(string path) => File.Exists(TagFile(path)) && File.Exists(path) ? File.ReadAllText(TagFile(path)).Trim() is { Length: > 0 } tag ? tag : null : null;

    private static void WriteTag(string path, string? tag)
    {
        if (tag is null)
        {
            File.Delete(TagFile(path));
        }
        else
        {
            File.WriteAllText(TagFile(path), tag);
        }
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MB");
}
