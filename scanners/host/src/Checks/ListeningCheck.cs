using System.Globalization;
using Bulwark.Rules;
using Bulwark.Scanners.Host.Model;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host.Checks;

/// <summary>
/// <c>listening: PORT</c> with <c>protocol: tcp|udp</c>: nothing listens on that port on an address other than loopback.
/// Live only: /proc/net/{tcp,tcp6,udp,udp6} say what is open now, which no configuration file can.
/// </summary>
public sealed class ListeningCheck : ICheck
{
    private ListeningCheck(int port, string protocol)
    {
        Port = port;
        Protocol = protocol;
    }

    /// <summary>The port.</summary>
    public int Port { get; }

    /// <summary><c>tcp</c> or <c>udp</c>.</summary>
    public string Protocol { get; }

    /// <summary>Reads the check from <paramref name="map"/>.</summary>
    public static ListeningCheck? Parse(YamlMap map)
    {
        var port = map.Number("listening");
        var protocol = map.Text("protocol") ?? "tcp";
        if (port is not { } p || p < 1 || p > 65535 || p != Math.Floor(p) || protocol is not ("tcp" or "udp"))
        {
            map.Problems.Add(new ConfigProblem($"{map.File}:{map.Line}", "a listening check needs a port (1-65535) and protocol tcp or udp"));
            return null;
        }

        return new ListeningCheck((int)p, protocol);
    }

    /// <inheritdoc />
    public string Describe() => $"nothing listens on {Protocol} port {Port} beyond loopback";

    /// <inheritdoc />
    public CheckOutcome Evaluate(CheckContext context)
    {
        if (!context.Files.IsLive)
        {
            return CheckOutcome.NotApplicable("open ports are live state; a root tree has none");
        }

        foreach (var table in new[] { $"/proc/net/{Protocol}", $"/proc/net/{Protocol}6" })
        {
            if (context.Files.ReadText(table).Text is not { } text)
            {
                continue;
            }

            foreach (var line in text.Split('\n').Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length < 4 || fields[1].Split(':') is not [var address, var portHex])
                {
                    continue;
                }

                // TCP sockets listen in state 0A; an unconnected UDP socket (07) is one that receives from anyone.
                var listening = Protocol == "tcp" ? fields[3] == "0A" : fields[3] == "07";
                if (listening && int.Parse(portHex, NumberStyles.HexNumber, CultureInfo.InvariantCulture) == Port && !IsLoopback(address))
                {
                    return CheckOutcome.Failed($"{Protocol} port {Port} is open on {Show(address)}", new Evidence(table, 0, $"{Protocol}/{Port} listening on {Show(address)}", Describe()));
                }
            }
        }

        return CheckOutcome.Passed($"nothing listens on {Protocol} port {Port} beyond loopback");
    }

    // /proc/net writes addresses as the kernel stores them: IPv4 as one little-endian 32-bit word, IPv6 as four.
    private static bool IsLoopback(string hex) =>
        hex.Length == 8 ? hex.EndsWith("7F", StringComparison.Ordinal)
        : hex is "00000000000000000000000001000000" || (hex.StartsWith("0000000000000000FFFF0000", StringComparison.Ordinal) && hex.EndsWith("7F", StringComparison.Ordinal));

    private static string Show(string hex) =>
        hex.Length == 8
            ? string.Join('.', Enumerable.Range(0, 4).Select(i => byte.Parse(hex.AsSpan(6 - (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)))
            : hex.All(c => c == '0') ? "[::]" : "an IPv6 address";
}
