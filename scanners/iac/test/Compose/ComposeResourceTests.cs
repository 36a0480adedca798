using Bulwark.Scanners.Iac.Model;
using static Bulwark.Scanners.Iac.Tests.Compose.ComposeTestValues;

namespace Bulwark.Scanners.Iac.Tests.Compose;

public class ComposeResourceTests
{
    private const string Stack = """
        x-defaults: &defaults
          restart: always
          security_opt: ["no-new-privileges:true"]
        services:
          web:
            <<: *defaults
            image: nginx
            privileged: true
            cap_add: [NET_ADMIN]
            network_mode: host
            pid: host
            user: root
            read_only: false
          worker:
            build: ./worker
        networks:
          front:
            driver: bridge
        volumes:
          data:
        secrets:
          token:
            file: ./token.txt
        """;

    [Fact]
    public void Each_service_network_volume_and_secret_is_a_resource_with_its_range()
    {
        var document = Load(Stack);

        Assert.Empty(document.Diagnostics);
        Assert.Equal(IacPlatform.Compose, document.Platform);
        Assert.Equal(
            ["compose_service service web", "compose_service service worker", "compose_network network front", "compose_volume volume data", "compose_secret secret token"],
            document.Resources.Select(r => r.Type + " " + r.Address));
        var web = document.Service("web");
        Assert.Equal((5, 13), (web.Range.StartLine, web.Range.EndLine));
        Assert.Equal("docker-compose.yml", web.File);
        var data = Assert.Single(document.Resources, r => r.Type == "compose_volume");
        Assert.Equal("{}", Show(data.Attributes));
        Assert.Equal((20, 20), (data.Range.StartLine, data.Range.EndLine));
    }

    [Fact]
    public void Security_relevant_keys_are_left_as_written_with_their_lines()
    {
        var web = Load(Stack).Service("web");

        Assert.Equal(("true", 8), (Show(web.At("privileged")), web.Line("privileged")));
        Assert.Equal(("[NET_ADMIN]", 9), (Show(web.At("cap_add")), web.Line("cap_add.0")));
        Assert.Equal(("host", 10), (Show(web.At("network_mode")), web.Line("network_mode")));
        Assert.Equal(("host", 11), (Show(web.At("pid")), web.Line("pid")));
        Assert.Equal(("root", 12), (Show(web.At("user")), web.Line("user")));
        Assert.Equal(("false", 13), (Show(web.At("read_only")), web.Line("read_only")));
        Assert.Equal(("[no-new-privileges:true]", 3), (Show(web.At("security_opt")), web.Line("security_opt.0")));
    }

    [Fact]
    public void A_file_that_does_not_parse_gives_a_diagnostic_with_its_line_and_column()
    {
        var document = Load("""
            services:
              web:
                image: nginx
               ports: ["80:80"]
            """);

        var problem = Assert.Single(document.Diagnostics);
        Assert.Equal("docker-compose.yml", problem.File);
        Assert.Equal((4, 4), (problem.Range.StartLine, problem.Range.StartColumn));
        Assert.Empty(document.Resources);
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_where_it_was_opened()
    {
        var document = Load("services:\n  web:\n    image: nginx\n    ports: [\"80:80\"\n");

        var problem = Assert.Single(document.Diagnostics);
        Assert.Equal((4, 12), (problem.Range.StartLine, problem.Range.StartColumn));
    }
}
