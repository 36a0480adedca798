using System.Buffers.Binary;
using System.Globalization;
using System.Net;

namespace Bulwark.Scanners.Detection.Parsing.Auditd;

/// <summary>
/// A SOCKADDR record's <c>saddr</c>: the socket address the syscall used, as hex of the kernel's struct (family in the
/// machine's byte order, then for IPv4 and IPv6 the port in network order and the address). Decoded into the address
/// family, IP and port, or the path of a Unix socket.
/// </summary>
internal static class AuditSockaddr
{
    private const int Unix = 1;
    private const int Inet = 2;
    private const int Inet6 = 10;

    /// <summary>The decoded fields (<c>saddr.family</c>, <c>saddr.ip</c>, <c>saddr.port</c> or <c>saddr.path</c>), or none when it cannot be read.</summary>
    public static IEnumerable<(string Name, string Value)> Decode(string hex)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            yield break;
        }

        if (bytes.Length < 2)
        {
            yield break;
        }

        var family = BinaryPrimitives.ReadUInt16LittleEndian(bytes);
        switch (family)
        {
            case Inet when bytes.Length >= 8:
                yield return ("saddr.family", "inet");
                yield return ("saddr.port", BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(2)).ToString(CultureInfo.InvariantCulture));
                yield return ("saddr.ip", new IPAddress(bytes.AsSpan(4, 4)).ToString());
                break;
            case Inet6 when bytes.Length >= 24:
                yield return ("saddr.family", "inet6");
                yield return ("saddr.port", BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(2)).ToString(CultureInfo.InvariantCulture));
                yield return ("saddr.ip", new IPAddress(bytes.AsSpan(8, 16)).ToString());
                break;
            case Unix:
                yield return ("saddr.family", "unix");
                // An abstract socket's name starts with a NUL: it has no path.
                var path = bytes.AsSpan(2);
                var end = path.IndexOf((byte)0);
                yield return ("saddr.path", System.Text.Encoding.UTF8.GetString(end < 0 ? path : path[..end]));
                break;
        }
    }
}
