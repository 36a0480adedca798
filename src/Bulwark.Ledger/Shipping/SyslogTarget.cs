using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Bulwark.Ledger.Shipping;

/// <summary>
/// Syslog over TCP or TLS (RFC 5425/6587 octet counting, RFC 5424 messages). The protocol has no acknowledgement,
/// so a batch counts as sent once written and flushed, and <see cref="AcknowledgesDelivery"/> is false: the shipper
/// sends the last batch again after any reconnect. The connection is kept between batches.
/// </summary>
internal sealed class SyslogTarget(string host, int port, bool tls, X509Certificate2Collection? ca, TimeSpan timeout) : IShipTarget
{
    private TcpClient? _client;
    private Stream? _stream;

    public string Spec { get; } = $"syslog+{(tls ? "tls" : "tcp")}://{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{port}";

    public bool AcknowledgesDelivery => false;

    public async Task<SendResult> SendAsync(IReadOnlyList<ShippedMessage> batch, CancellationToken cancellationToken)
    {
        // A collector that restarted has closed our connection, and a write would still "succeed" into the kernel's
        // buffer; catching the close here turns a silent loss into a reconnect and a re-send.
        if (_client is not null && PeerClosed(_client.Client))
        {
            await DropAsync();
            return SendResult.Retry($"{Spec} closed the connection");
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            var stream = _stream ?? await ConnectAsync(limit.Token);
            await stream.WriteAsync(SyslogFormat.Frames(batch), limit.Token);
            await stream.FlushAsync(limit.Token);
            return SendResult.Acknowledged;
        }
        catch (AuthenticationException e)
        {
            await DropAsync();
            return SendResult.Refused($"TLS with {Spec} failed: {e.Message}");
        }
        catch (Exception e) when (e is IOException or SocketException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            await DropAsync();
            return SendResult.Retry($"sending to {Spec}: {(e is OperationCanceledException ? $"no progress within {timeout.TotalSeconds:0.#} s" : e.Message)}");
        }
    }

    public ValueTask DisposeAsync() => DropAsync(graceful: true);

    private async Task<Stream> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        _client = client;
        await client.ConnectAsync(host, port, cancellationToken);
        Stream stream = client.GetStream();
        if (tls)
        {
            var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
            stream = ssl;
            await ssl.AuthenticateAsClientAsync(TlsTrust.ClientOptions(host, ca), cancellationToken);
        }

        _stream = stream;
        return stream;
    }

    // A syslog collector never sends anything, so a readable socket means it closed (or reset) the connection.
    private static bool PeerClosed(Socket socket)
    {
        try
        {
            return socket.Poll(0, SelectMode.SelectRead);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return true;
        }
    }

    private async ValueTask DropAsync(bool graceful = false)
    {
        var stream = _stream;
        var client = _client;
        _stream = null;
        _client = null;
        try
        {
            if (graceful && stream is SslStream ssl)
            {
                // close_notify lets the collector tell a finished session from a cut one.
                await ssl.ShutdownAsync();
            }

            if (graceful && client?.Connected == true)
            {
                client.Client.Shutdown(SocketShutdown.Send);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // Closing a connection that is already gone has nothing left to lose.
        }
        finally
        {
            if (stream is not null)
            {
                await stream.DisposeAsync();
            }

            client?.Dispose();
        }
    }
}
