using System.Globalization;
using System.Net;

namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>
/// <c>cidr</c>: the value is an IP address inside the network. An IPv4 address written IPv4-mapped in IPv6
/// (<c>::ffff:10.0.0.1</c>) is compared as IPv4. Host bits set in the rule's address are ignored.
/// </summary>
internal sealed class CidrTest(IPNetwork network) : IValueTest
{
    public IReadOnlyList<ValueLiteral>? Literals => null;

    public bool Test(string value)
    {
        if (!IPAddress.TryParse(value.AsSpan().Trim(), out var address))
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6 && network.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
        {
            address = address.MapToIPv4();
        }

        return network.Contains(address);
    }

    /// <summary>The test for a network the loader has already checked (<see cref="TryParse"/>).</summary>
    public static CidrTest Of(string text) => TryParse(text, out var network) ? new CidrTest(network) : throw new ArgumentException($"not a network: {text}", nameof(text));

    public static bool TryParse(string text, out IPNetwork network)
    {
        network = default;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (!IPAddress.TryParse(slash < 0 ? text : text[..slash], out var address))
        {
            return false;
        }

        var bits = address.GetAddressBytes().Length * 8;
        var prefix = bits;
        if (slash >= 0 && (!int.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > bits))
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(prefix - (i * 8), 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }

        network = new IPNetwork(new IPAddress(bytes), prefix);
        return true;
    }
}
