using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Bulwark.Cli.Tests;

/// <summary>
/// A local stand-in for the OSV bucket, built from how Google Cloud Storage answers: <c>ECOSYSTEM/all.zip</c>
/// with an ETag and <c>x-goog-hash: md5=…</c>, byte ranges guarded by If-Range, 304 for If-None-Match,
/// 404 for what it does not hold. It can also be told to send a wrong checksum.
/// </summary>
internal sealed class OsvMirror : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, byte[]> _exports = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public OsvMirror()
    {
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string Url { get; }

    /// <summary>Every request's path and its Range header (empty when none), in order.</summary>
    public ConcurrentQueue<(string Path, string Range)> Requests { get; } = new();

    /// <summary>Ecosystems whose checksum header is wrong.</summary>
    public HashSet<string> Damaged { get; } = [];

    /// <summary>Answer as a plain web server does: no ETag, no checksum, no ranges.</summary>
    public bool Plain { get; set; }

    /// <summary>Publishes an export for <paramref name="ecosystem"/> holding <paramref name="advisories"/> (JSON texts).</summary>
    public byte[] Publish(string ecosystem, params string[] advisories)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < advisories.Length; i++)
            {
                using var entry = zip.CreateEntry($"ADV-{i}.json", CompressionLevel.NoCompression).Open();
                entry.Write(Encoding.UTF8.GetBytes(advisories[i]));
            }
        }

        return _exports[ecosystem] = buffer.ToArray();
    }

    public static string ETagOf(byte[] content) => $"\"{Convert.ToHexString(MD5.HashData(content)).ToLowerInvariant()}\"";

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // stopping the listener ends the loop with an exception
        }
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var response = context.Response;
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/'));
            Requests.Enqueue((path, context.Request.Headers["Range"] ?? ""));
            var ecosystem = path.EndsWith("/all.zip", StringComparison.Ordinal) ? path[..^"/all.zip".Length] : "";
            if (!_exports.TryGetValue(ecosystem, out var content))
            {
                response.StatusCode = 404;
                continue;
            }

            if (Plain)
            {
                response.ContentLength64 = content.Length;
                await response.OutputStream.WriteAsync(content);
                continue;
            }

            var etag = ETagOf(content);
            var md5 = Damaged.Contains(ecosystem) ? new byte[16] : MD5.HashData(content);
            response.Headers["ETag"] = etag;
            response.Headers["x-goog-hash"] = $"crc32c=AAAAAA==,md5={Convert.ToBase64String(md5)}";
            if (context.Request.Headers["If-None-Match"] == etag)
            {
                response.StatusCode = 304;
                continue;
            }

            var range = context.Request.Headers["Range"];
            var from = 0;
            if (range is { Length: > 0 } && context.Request.Headers["If-Range"] == etag && range.StartsWith("bytes=", StringComparison.Ordinal))
            {
                from = int.Parse(range["bytes=".Length..].TrimEnd('-'), System.Globalization.CultureInfo.InvariantCulture);
                response.StatusCode = 206;
                response.Headers["Content-Range"] = $"bytes {from}-{content.Length - 1}/{content.Length}";
            }

            response.ContentLength64 = content.Length - from;
            await response.OutputStream.WriteAsync(content.AsMemory(from));
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
