using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Tests.Dockerfile;

public class DockerfileFormAndFlagsTests
{
    [Fact]
    public void A_JSON_array_is_exec_form_and_anything_else_is_shell_form()
    {
        var attributes = Tree.Clean("""
            FROM alpine
            SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
            ENTRYPOINT ["/usr/bin/tini", "--"]
            CMD python -m http.server
            RUN [ -f /etc/os-release ] && cat /etc/os-release
            HEALTHCHECK --interval=30s CMD ["curl", "-f", "http://localhost/"]
            """);

        Assert.Equal(("exec", "exec", "shell", "shell", "exec"),
            (attributes.Text("instructions[1].form"), attributes.Text("instructions[2].form"), attributes.Text("instructions[3].form"),
             attributes.Text("instructions[4].form"), attributes.Text("instructions[5].form")));
        Assert.Equal(["/bin/ash", "-eo", "pipefail", "-c"], attributes.Texts("instructions[1].exec"));
        Assert.Equal(new SourceRange(3, 30, 3, 34), attributes.At("instructions[2].exec[1]").Range);
        Assert.IsType<IacNull>(attributes.At("instructions[3].exec"));
        Assert.Equal(["curl", "-f", "http://localhost/"], attributes.Texts("instructions[5].exec"));
        Assert.Equal("30s", attributes.Text("finalStage.healthcheck.flags.interval"));
    }

    [Fact]
    public void Escapes_in_exec_form_strings_are_decoded()
    {
        var attributes = Tree.Clean("FROM alpine\nCMD [\"echo\", \"a \\\"quoted\\\" \\u00e9\"]\n");

        Assert.Equal(["echo", "a \"quoted\" é"], attributes.Texts("instructions[1].exec"));
    }

    [Fact]
    public void Flags_become_an_object_with_strings_booleans_and_lists_of_mounts()
    {
        var attributes = Tree.Clean("""
            FROM --platform=linux/amd64 golang:1.23 AS build
            RUN --mount=type=cache,target=/root/.cache/go-build \
                --mount=type=secret,id=npmrc,required \
                --network=none go build ./...
            FROM alpine
            COPY --from=build --chown=app:app --chmod=755 --link /out/app /usr/local/bin/app
            RUN --mount=target=/src go version
            """);

        var run = attributes.At("instructions[1]");
        Assert.Equal("none", run.Text("flags.network"));
        Assert.Equal("cache", run.Text("flags.mount[0].type"));
        Assert.Equal("/root/.cache/go-build", run.Text("flags.mount[0].target"));
        Assert.Equal("secret", run.Text("flags.mount[1].type"));
        Assert.True(Assert.IsType<IacBool>(run.At("flags.mount[1].required")).Value);
        Assert.Equal(3, run.Line("flags.mount[1]"));
        Assert.Equal(["go build ./..."], run.Texts("commands"));
        Assert.Equal("linux/amd64", attributes.Text("stages[0].from.platform"));

        var copy = attributes.At("stages[1].instructions[1]");
        Assert.Equal(("build", "app:app", "755"), (copy.Text("flags.from"), copy.Text("flags.chown"), copy.Text("flags.chmod")));
        Assert.True(Assert.IsType<IacBool>(copy.At("flags.link")).Value);
        Assert.Equal("--from=build --chown=app:app --chmod=755 --link /out/app /usr/local/bin/app", copy.Text("arguments"));
        Assert.Equal("bind", attributes.Text("stages[1].instructions[2].flags.mount[0].type"));
    }

    [Fact]
    public void An_instruction_without_flags_has_an_empty_flags_object()
    {
        var attributes = Tree.Clean("FROM alpine\nUSER 1000\n");

        Assert.Empty(Assert.IsType<IacObject>(attributes.At("instructions[1].flags")).Members);
        Assert.Equal("shell", attributes.Text("instructions[1].form"));
    }
}
