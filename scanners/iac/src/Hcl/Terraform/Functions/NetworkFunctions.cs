using System.Net;
using System.Net.Sockets;
using System.Numerics;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Terraform.Functions;

/// <summary>CIDR arithmetic, so a security group built from <c>cidrsubnet(var.vpc, 8, 1)</c> has a known range.</summary>
internal static class NetworkFunctions
{
    public static void Register(Dictionary<string, TerraformFunction> table)
    {
        table["cidrsubnet"] = new(3, 3, (a, r) =>
        {
            var (address, bits) = Parse(Arguments.Text(a[0]));
            var (extra, number) = (Arguments.Integer(a[1]), Arguments.Integer(a[2]));
            var width = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
            var prefix = bits + extra;
            if (extra < 0 || prefix > width || number < 0 || (extra < 31 && number >= (1L << extra)))
            {
                throw new FunctionError("the subnet does not fit in the prefix");
            }

            var value = ToNumber(address) | (new BigInteger(number) << (width - prefix));
            return Values.Text($"{FromNumber(value, address.AddressFamily)}/{prefix}", r);
        });
        table["cidrhost"] = new(2, 2, (a, r) =>
        {
            var (address, bits) = Parse(Arguments.Text(a[0]));
            var width = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
            var host = Arguments.Integer(a[1]);
            var size = BigInteger.One << (width - bits);
            var offset = host >= 0 ? new BigInteger(host) : size + host;
            return offset < 0 || offset >= size ? throw new FunctionError("the host number does not fit") : Values.Text(FromNumber(ToNumber(address) + offset, address.AddressFamily).ToString(), r);
        });
        table["cidrnetmask"] = new(1, 1, (a, r) =>
        {
            var (address, bits) = Parse(Arguments.Text(a[0]));
            if (address.AddressFamily != AddressFamily.InterNetwork)
            {
                throw new FunctionError("only IPv4 prefixes have a netmask");
            }

            var mask = bits == 0 ? BigInteger.Zero : ((BigInteger.One << bits) - 1) << (32 - bits);
            return Values.Text(FromNumber(mask, AddressFamily.InterNetwork).ToString(), r);
        });
    }

    private static (IPAddress Network, int Bits) Parse(string cidr)
    {
        var slash = cidr.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !IPAddress.TryParse(cidr[..slash], out var address) || !int.TryParse(cidr[(slash + 1)..], out var bits))
        {
            throw new FunctionError($"\"{cidr}\" is not a CIDR prefix");
        }

        var width = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        if (bits < 0 || bits > width)
        {
            throw new FunctionError($"\"{cidr}\" has an impossible prefix length");
        }

        var network = ToNumber(address) & (((BigInteger.One << bits) - 1) << (width - bits));
        return (FromNumber(network, address.AddressFamily), bits);
    }

    private static BigInteger ToNumber(IPAddress address) => new(address.GetAddressBytes(), isUnsigned: true, isBigEndian: true);

    private static IPAddress FromNumber(BigInteger value, AddressFamily family)
    {
        var length = family == AddressFamily.InterNetwork ? 4 : 16;
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var padded = new byte[length];
        Array.Copy(bytes, Math.Max(0, bytes.Length - length), padded, Math.Max(0, length - bytes.Length), Math.Min(length, bytes.Length));
        return new IPAddress(padded);
    }
}
