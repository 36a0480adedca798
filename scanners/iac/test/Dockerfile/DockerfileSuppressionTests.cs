using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Tests.Dockerfile;

public class DockerfileSuppressionTests
{
    private const string Text = """
        # syntax=docker/dockerfile:1
        # bulwark:ignore=iac/dockerfile-no-healthcheck runs as a batch job
        # checkov:skip=CKV_DOCKER_2: batch job, nothing to probe
        # kics-scan ignore-line

        FROM alpine:latest
        # bulwark:ignore=iac/dockerfile-apk-no-cache the cache is tiny
        RUN apk add curl \
            # trivy:ignore:AVD-DS-0017
            && apk add git
        # kics-scan ignore-line
        USER root
        # bulwark:ignore stray comment at the end
        """;

    [Fact]
    public void Comments_at_the_top_suppress_on_the_whole_resource()
    {
        var resource = Assert.Single(Tree.Load(Text).Resources);

        Assert.Equal([("bulwark", "iac/dockerfile-no-healthcheck", 2), ("checkov", "CKV_DOCKER_2", 3)],
            resource.Suppressions.Select(s => (s.Tool, s.RuleId, s.Range.StartLine)));
        Assert.All(resource.Suppressions, s => Assert.Equal(0, s.CoversLine));
        Assert.Equal("batch job, nothing to probe", resource.Suppressions[1].Reason);
    }

    [Fact]
    public void Comments_before_an_instruction_cover_its_first_line()
    {
        var lines = Tree.Load(Text).LineSuppressions;

        Assert.All(lines, l => Assert.Equal("Dockerfile", l.File));
        Assert.Equal(
            [("kics", (string?)null, 4, 6), ("bulwark", "iac/dockerfile-apk-no-cache", 7, 8), ("trivy", "AVD-DS-0017", 9, 10), ("kics", null, 11, 12)],
            lines.Select(l => (l.Suppression.Tool, l.Suppression.RuleId, l.Suppression.Range.StartLine, l.Suppression.CoversLine)));
    }

    [Fact]
    public void Directive_lines_are_not_suppressions_and_a_late_directive_is_just_a_comment()
    {
        var document = Tree.Load("# syntax=docker/dockerfile:1\nFROM alpine\n# escape=`\nRUN echo \\\n  ok\n");

        Assert.Empty(document.Diagnostics);
        Assert.Empty(Assert.Single(document.Resources).Suppressions);
        Assert.Equal("echo   ok", Assert.Single(document.Resources).Attributes.Text("instructions[1].arguments"));
    }
}
