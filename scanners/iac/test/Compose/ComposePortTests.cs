using Bulwark.Scanners.Iac.Model;
using static Bulwark.Scanners.Iac.Tests.Compose.ComposeTestValues;

namespace Bulwark.Scanners.Iac.Tests.Compose;

public class ComposePortTests
{
    [Theory]
    [InlineData("\"0.0.0.0:8080:80/tcp\"", "{hostIp:0.0.0.0,published:8080,target:80,protocol:tcp}")]
    [InlineData("\"8080:80\"", "{hostIp:0.0.0.0,published:8080,target:80,protocol:tcp}")]
    [InlineData("8080:80", "{hostIp:0.0.0.0,published:8080,target:80,protocol:tcp}")]
    [InlineData("\"127.0.0.1::80\"", "{hostIp:127.0.0.1,published:null,target:80,protocol:tcp}")]
    [InlineData("\"127.0.0.1:5000-5010:5000-5010\"", "{hostIp:127.0.0.1,published:5000-5010,target:5000-5010,protocol:tcp}")]
    [InlineData("\"3000-3005\"", "{hostIp:0.0.0.0,published:null,target:3000-3005,protocol:tcp}")]
    [InlineData("\"[::1]:6001:6001\"", "{hostIp:::1,published:6001,target:6001,protocol:tcp}")]
    [InlineData("\"::1:6001:6001/udp\"", "{hostIp:::1,published:6001,target:6001,protocol:udp}")]
    [InlineData("53:53/udp", "{hostIp:0.0.0.0,published:53,target:53,protocol:udp}")]
    [InlineData("80", "{hostIp:0.0.0.0,published:null,target:80,protocol:tcp}")]
    [InlineData("\"${WEB_PORT:-8080}:80\"", "{hostIp:0.0.0.0,published:?,target:80,protocol:tcp}")]
    [InlineData("\"${BIND_IP}:8080:80\"", "{hostIp:?,published:8080,target:80,protocol:tcp}")]
    public void Short_syntax_ports_get_a_parsed_form(string entry, string parsed)
    {
        var web = Load($"services:\n  web:\n    image: nginx\n    ports:\n      - {entry}\n").Service("web");

        Assert.Equal(parsed, Show(web.At("publishedPorts.0")));
        Assert.Equal(5, web.Line("publishedPorts.0.hostIp"));
        Assert.Equal(5, web.Line("publishedPorts.0.target"));
        Assert.Equal(entry.Trim('"'), Show(web.At("ports.0")));
    }

    [Fact]
    public void Long_syntax_ports_are_parsed_into_the_same_form_with_each_fields_own_line()
    {
        var web = Load("""
            services:
              web:
                image: nginx
                ports:
                  - target: 80
                    published: "8080"
                    host_ip: 127.0.0.1
                    protocol: udp
                    mode: host
                  - target: 443
            """).Service("web");

        Assert.Equal("[{hostIp:127.0.0.1,published:8080,target:80,protocol:udp},{hostIp:0.0.0.0,published:null,target:443,protocol:tcp}]", Show(web.At("publishedPorts")));
        Assert.Equal(8080d, Assert.IsType<IacNumber>(web.At("publishedPorts.0.published")).Value);
        Assert.Equal((7, 6, 5, 8), (web.Line("publishedPorts.0.hostIp"), web.Line("publishedPorts.0.published"), web.Line("publishedPorts.0.target"), web.Line("publishedPorts.0.protocol")));
        Assert.Equal(10, web.Line("publishedPorts.1.hostIp"));
    }

    [Fact]
    public void Defaults_say_where_they_come_from()
    {
        var web = Load("services:\n  web:\n    image: nginx\n    ports: [\"8080:80\"]\n").Service("web");

        Assert.Equal("not set: published on every interface", web.At("publishedPorts.0.hostIp")!.Origin);
        Assert.Equal("not set: tcp", web.At("publishedPorts.0.protocol")!.Origin);
        Assert.Null(web.At("publishedPorts.0.published")!.Origin);
        Assert.Equal(4, web.Line("publishedPorts.0.published"));
    }

    [Fact]
    public void A_service_without_ports_has_no_published_ports()
    {
        var web = Load("services:\n  web:\n    image: nginx\n    expose: [\"80\"]\n").Service("web");

        Assert.Null(web.At("publishedPorts"));
    }
}
