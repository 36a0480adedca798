using System.Globalization;
using System.Text;

namespace Bulwark.Ledger.Shipping;

/// <summary>
/// RFC 5424 messages in RFC 5425/6587 octet-counting frames: <c>LEN SP &lt;85&gt;1 TIMESTAMP HOSTNAME bulwark - ledger - JSON</c>.
/// Octet counting, not a trailing newline, delimits the message, so nothing in it can forge a message boundary.
/// </summary>
public static class SyslogFormat
{
    /// <summary>Facility authpriv (10) × 8 + severity notice (5): audit records, kept where private security logs go.</summary>
    public const int Priority = (10 * 8) + 5;

    /// <summary>The RFC 5424 message for <paramref name="message"/>.</summary>
    public static byte[] Message(ShippedMessage message)
    {
        var header = string.Create(CultureInfo.InvariantCulture, $"<{Priority}>1 {Timestamp(message.Time)} {HostName(message.Host)} bulwark - ledger - ");
        var bytes = new byte[header.Length + message.Json.Length];
        Encoding.ASCII.GetBytes(header, bytes);
        message.Json.CopyTo(bytes, header.Length);
        return bytes;
    }

    /// <summary>The messages of a batch, each framed as <c>LEN SP MSG</c>, in one buffer.</summary>
    public static byte[] Frames(IEnumerable<ShippedMessage> batch)
    {
        using var buffer = new MemoryStream();
        foreach (var message in batch)
        {
            var bytes = Message(message);
            buffer.Write(Encoding.ASCII.GetBytes(bytes.Length.ToString(CultureInfo.InvariantCulture) + " "));
            buffer.Write(bytes);
        }

        return buffer.ToArray();
    }

    // RFC 5424 section 6.2.3: at most six fractional digits, and UTC says "Z".
    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    // HOSTNAME is 1 to 255 printable US-ASCII characters, or "-" for none (RFC 5424 section 6.2.4).
    private static string HostName(string host)
    {
        var printable = new string([.. host.Take(255).Select(c => c is > ' ' and <= '~' ? c : '-')]);
        return printable.Length == 0 ? "-" : printable;
    }
}
