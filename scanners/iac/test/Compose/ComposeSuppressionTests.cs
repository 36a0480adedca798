using static Bulwark.Scanners.Iac.Tests.Compose.ComposeTestValues;

namespace Bulwark.Scanners.Iac.Tests.Compose;

public class ComposeSuppressionTests
{
    [Fact]
    public void A_comment_before_a_service_suppresses_that_service_only()
    {
        var document = Load("""
            services:
              # bulwark:ignore=compose/privileged needs the host's devices
              agent:
                image: agent
                privileged: true
              # kics-scan ignore-block
              web:
                image: nginx
              db:
                image: postgres
            """);

        var agent = Assert.Single(document.Service("agent").Suppressions);
        Assert.Equal(("bulwark", "compose/privileged", "needs the host's devices"), (agent.Tool, agent.RuleId, agent.Reason));
        Assert.Equal("ignore-block", Assert.Single(document.Service("web").Suppressions).Reason);
        Assert.Empty(document.Service("db").Suppressions);
    }

    [Fact]
    public void A_comment_at_the_end_of_a_line_or_before_a_line_covers_that_line()
    {
        var document = Load("""
            services:
              web:
                image: nginx
                ports:
                  - "0.0.0.0:80:80" # trivy:ignore:DS-0001
                # kics-scan ignore-line
                network_mode: host
                # tfsec:ignore:compose-no-root
                user: root
            """);

        Assert.Equal(
            [("trivy", 5), ("kics", 7), ("tfsec", 9)],
            document.LineSuppressions.Select(l => (l.Suppression.Tool, l.Suppression.CoversLine)));
        var web = document.Service("web");
        Assert.Empty(web.Suppressions);
        Assert.Equal(5, web.Line("publishedPorts.0.hostIp"));
    }

    [Fact]
    public void A_comment_at_the_top_of_the_file_or_a_checkov_skip_inside_a_service_covers_resources_whole()
    {
        var document = Load("""
            # kics-scan disable=4f31dd9f-2cc3-4751-9b53-67e4af83dac0
            # bulwark:ignore=compose/no-healthcheck demo stack
            version: "3.9"
            services:
              web:
                image: nginx
                # checkov:skip=CKV_DOCKER_2:healthcheck lives in the image
              db:
                image: postgres
            """);

        Assert.Equal(
            ["kics:4f31dd9f-2cc3-4751-9b53-67e4af83dac0", "bulwark:compose/no-healthcheck", "checkov:CKV_DOCKER_2"],
            document.Service("web").Suppressions.Select(s => s.Tool + ":" + s.RuleId));
        Assert.Equal(
            ["kics:4f31dd9f-2cc3-4751-9b53-67e4af83dac0", "bulwark:compose/no-healthcheck"],
            document.Service("db").Suppressions.Select(s => s.Tool + ":" + s.RuleId));
    }
}
