namespace Bulwark.Scanners.Iac.Tests.Dockerfile;

public class DockerfileRobustnessTests
{
    private const string Sample = """
        # syntax=docker/dockerfile:1
        # escape=\
        ARG BASE=alpine TAG="3.20"
        FROM --platform=$BUILDPLATFORM ${BASE}:${TAG:-3} AS build
        RUN --mount=type=cache,target=/var/cache/apk,"sharing=locked" \
            # comment inside
            apk add 'curl' "git" && echo $(id -u) `whoami` 2>&1 | tee /log; true
        COPY <<-"EOF" /etc/motd
        	hello ${NAME}
        	EOF
        ONBUILD RUN <<EOF
        echo later
        EOF
        HEALTHCHECK --interval=5s CMD ["wget", "-q", "--spider", "http://localhost/\u00e9"]
        FROM build
        CMD ["sh", "-c", "echo \"$HOME\""]
        """;

    [Fact]
    public void Every_truncation_of_a_Dockerfile_loads_without_throwing()
    {
        for (var length = 0; length <= Sample.Length; length++)
        {
            var document = Tree.Load(Sample[..length]);
            Assert.All(document.Diagnostics, d => Assert.True(d.Range.StartLine >= 1, d.Message));
        }
    }

    [Fact]
    public void Random_bytes_load_without_throwing()
    {
        var random = new Random(20240601);
        const string alphabet = "FROMRUNCOPYARG \t\n\r\\`#[]\"',=-<${}:@&|;()ab01";
        for (var i = 0; i < 2000; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 120)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            Tree.Load(new string(chars));
        }
    }

    [Fact]
    public void Deeply_nested_substitutions_are_unknown_rather_than_recursed_into()
    {
        var nested = string.Concat(Enumerable.Repeat("${A:-", 5000)) + "x" + new string('}', 5000);
        var attributes = Tree.Clean($"FROM alpine:{nested}\n");

        Assert.Equal("alpine", attributes.Text("finalStage.from.image"));
        Assert.IsType<Model.IacUnknown>(attributes.At("finalStage.from.tag"));
    }

    [Fact]
    public void ONBUILD_RUN_reads_its_heredoc()
    {
        var attributes = Tree.Clean(Sample);

        Assert.Equal("RUN <<EOF\necho later\nEOF", attributes.Text("stages[0].instructions[3].arguments"));
        Assert.Equal(14, attributes.Line("stages[0].instructions[4]"));
        Assert.Equal(("alpine", "3.20"), (attributes.Text("stages[0].from.image"), attributes.Text("stages[0].from.tag")));
        Assert.Equal("locked", attributes.Text("stages[0].instructions[1].flags.mount[0].sharing"));
        Assert.Equal("hello ${NAME}\n", attributes.Text("stages[0].instructions[2].heredocs[0].body"));
    }
}
