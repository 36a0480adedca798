using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Bulwark.Scanners.Detection.Live;

/// <summary>
/// Receives syslog messages: over UDP one datagram is one message; over TCP messages are framed by octet counting
/// (<c>LEN SP MSG</c>, RFC 6587) or, when a frame does not start with digits, by newlines. A message longer than
/// <see cref="MaxMessage"/> is cut there, and a connection that sends garbage only loses its own bad frame.
/// </summary>
internal sealed class SyslogListener
{
    public const int MaxMessage = 64 * 1024;

    private SyslogListener(string address, Socket socket, bool tcp)
    {
        Address = address;
        Socket = socket;
        IsTcp = tcp;
    }

    /// <summary>The address as given (<c>udp://127.0.0.1:5514</c>), the events' source.</summary>
    public string Address { get; }

    /// <summary>The bound socket (its local end point says which port was given when 0 was asked for).</summary>
    public Socket Socket { get; }

    public bool IsTcp { get; }

    /// <summary>Binds <paramref name="address"/> (<c>udp://HOST:PORT</c> or <c>tcp://HOST:PORT</c>), or says why it cannot.</summary>
    public static (SyslogListener? Listener, string? Problem) Bind(string address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("udp" or "tcp") || uri.Port < 0)
        {
            return (null, $"--listen {address}: write udp://HOST:PORT or tcp://HOST:PORT");
        }

        if (!IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip))
        {
            return (null, $"--listen {address}: the host must be an IP address");
        }

        var tcp = uri.Scheme == "tcp";
        var socket = new Socket(ip.AddressFamily, tcp ? SocketType.Stream : SocketType.Dgram, tcp ? ProtocolType.Tcp : ProtocolType.Udp);
        try
        {
            socket.Bind(new IPEndPoint(ip, uri.Port));
            if (tcp)
            {
                socket.Listen(64);
            }

            return (new SyslogListener(address, socket, tcp), null);
        }
        catch (SocketException e)
        {
            socket.Dispose();
            return (null, $"--listen {address}: {e.Message}");
        }
    }

    /// <summary>Every message received until cancelled, from all connections, on the calling thread's behalf.</summary>
    public void Receive(Action<string> message, CancellationToken cancellationToken)
    {
        using var registration = cancellationToken.Register(Socket.Dispose);
        try
        {
            if (IsTcp)
            {
                while (!cancellationToken.IsCancellationRequested)
                {
                    var connection = Socket.Accept();
                    _ = Task.Run(() => ReadStream(connection, message, cancellationToken), CancellationToken.None);
                }
            }
            else
            {
                var buffer = new byte[MaxMessage];
                while (!cancellationToken.IsCancellationRequested)
                {
                    var read = Socket.Receive(buffer);
                    message(Encoding.UTF8.GetString(buffer, 0, read).TrimEnd('\n', '\r', '\0'));
                }
            }
        }
        catch (Exception e) when ((e is SocketException or ObjectDisposedException) && cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    private static void ReadStream(Socket connection, Action<string> message, CancellationToken cancellationToken)
    {
        using (connection)
        using (var stream = new BufferedStream(new NetworkStream(connection), 1 << 16))
        using (cancellationToken.Register(connection.Dispose))
        {
            try
            {
                foreach (var frame in TcpFrames.Read(stream))
                {
                    message(frame);
                }
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
            {
                // The peer went away, or the listener stopped.
            }
        }
    }
}
