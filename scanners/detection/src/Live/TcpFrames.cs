using System.Text;

namespace Bulwark.Scanners.Detection.Live;

/// <summary>Splits a syslog TCP stream into messages: octet-counted frames, or newline-terminated ones.</summary>
internal static class TcpFrames
{
    public static IEnumerable<string> Read(Stream stream)
    {
        var line = new List<byte>();
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            if (line.Count == 0 && b is >= '1' and <= '9' && TryCounted(stream, b, out var counted))
            {
                yield return counted;
                continue;
            }

            if (b == '\n')
            {
                yield return Text(line);
                line.Clear();
            }
            else if (line.Count < SyslogListener.MaxMessage)
            {
                line.Add((byte)b);
            }
        }

        if (line.Count > 0)
        {
            yield return Text(line);
        }
    }

    // "LEN SP MSG": up to 6 digits then a space; anything else is read as the start of a newline-framed message.
    private static bool TryCounted(Stream stream, int first, out string message)
    {
        message = "";
        var digits = new List<byte> { (byte)first };
        int b;
        while ((b = stream.ReadByte()) is >= '0' and <= '9' && digits.Count < 6)
        {
            digits.Add((byte)b);
        }

        if (b == '\n' || b < 0)
        {
            message = Encoding.ASCII.GetString([.. digits]);
            return true;
        }

        if (b != ' ')
        {
            // Not a count: the digits (and this byte) begin a plain line, which the caller cannot un-read; keep them.
            message = Encoding.ASCII.GetString([.. digits]) + (b >= 0 ? (char)b : "") + ReadLine(stream);
            return true;
        }

        var length = Math.Min(int.Parse(Encoding.ASCII.GetString([.. digits]), System.Globalization.CultureInfo.InvariantCulture), SyslogListener.MaxMessage);
        var buffer = new byte[length];
        var read = 0;
        while (read < length && stream.Read(buffer, read, length - read) is var n && n > 0)
        {
            read += n;
        }

        message = Encoding.UTF8.GetString(buffer, 0, read).TrimEnd('\n', '\r');
        return true;
    }

    private static string ReadLine(Stream stream)
    {
        var rest = new List<byte>();
        int b;
        while ((b = stream.ReadByte()) >= 0 && b != '\n')
        {
            if (rest.Count < SyslogListener.MaxMessage)
            {
                rest.Add((byte)b);
            }
        }

        return Text(rest);
    }

    private static string Text(List<byte> bytes) => Encoding.UTF8.GetString([.. bytes]).TrimEnd('\r');
}
