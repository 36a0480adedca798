using Bulwark.Scanners.Detection.Parsing.Auditd;

namespace Bulwark.Scanners.Detection.Tests.Parsing;

/// <summary>The socket addresses auditd writes as hex, decoded.</summary>
public sealed class AuditSockaddrTests
{
    [Theory]
    [InlineData("0200115CCB0071070000000000000000", "inet", "203.0.113.7", "4444")]
    [InlineData("0A0001BB0000000020010DB800000000000000000000000100000000", "inet6", "2001:db8::1", "443")]
    public void An_ip_peer_is_decoded_into_family_address_and_port(string hex, string family, string ip, string port)
    {
        var fields = AuditSockaddr.Decode(hex).ToDictionary(f => f.Name, f => f.Value);

        Assert.Equal(family, fields["saddr.family"]);
        Assert.Equal(ip, fields["saddr.ip"]);
        Assert.Equal(port, fields["saddr.port"]);
    }

    [Fact]
    public void A_unix_socket_gives_its_path_and_garbage_gives_nothing()
    {
        var unix = AuditSockaddr.Decode("01002F72756E2F646F636B65722E736F636B00").ToDictionary(f => f.Name, f => f.Value);

        Assert.Equal("/run/docker.sock", unix["saddr.path"]);
        Assert.Empty(AuditSockaddr.Decode("zz"));
        Assert.Empty(AuditSockaddr.Decode("02"));
    }
}
