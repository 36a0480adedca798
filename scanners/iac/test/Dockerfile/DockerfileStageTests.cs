using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Tests.Dockerfile;

public class DockerfileStageTests
{
    [Fact]
    public void ARGs_before_FROM_are_substituted_into_the_image_with_their_defaults()
    {
        var attributes = Tree.Clean("""
            ARG REGISTRY=ghcr.io
            ARG VERSION=3.20
            ARG VARIANT
            FROM ${REGISTRY}/library/alpine:${VERSION}
            FROM python:${PY:-3.12}-slim@sha256:abc123 AS app
            FROM "$REGISTRY/tools:${VARIANT:-latest}"
            """);

        var first = attributes.At("stages[0].from");
        Assert.Equal(("ghcr.io/library/alpine", "3.20"), (first.Text("image"), first.Text("tag")));
        Assert.Equal("${REGISTRY}/library/alpine:${VERSION}", first.Text("raw"));
        Assert.Equal(new SourceRange(4, 6, 4, 43), first.At("image").Range);
        Assert.Equal("default of ARG REGISTRY (line 1)", first.At("image").Origin);
        Assert.Equal("default of ARG VERSION (line 2)", first.At("tag").Origin);
        Assert.IsType<IacNull>(first.At("digest"));

        var second = attributes.At("stages[1].from");
        Assert.Equal(("python", "3.12-slim", "sha256:abc123"), (second.Text("image"), second.Text("tag"), second.Text("digest")));
        Assert.Equal("the fallback in ${PY:-3.12}", second.At("tag").Origin);
        Assert.Null(second.At("image").Origin);
        Assert.Equal("ghcr.io/tools", attributes.Text("stages[2].from.image"));
        Assert.Equal("latest", attributes.Text("stages[2].from.tag"));

        var instructions = Assert.IsType<IacList>(attributes.At("instructions")).Items;
        Assert.IsType<IacNull>(instructions[0].At("stage"));
        Assert.Equal(1, Assert.IsType<IacNumber>(instructions[4].At("stage")).Value);
    }

    [Fact]
    public void An_image_that_depends_on_an_ARG_without_default_is_unknown_not_untagged()
    {
        var attributes = Tree.Clean("ARG BASE\nFROM ${BASE}\nFROM --platform=$BUILDPLATFORM alpine:${TAG}\n");

        Assert.IsType<IacUnknown>(attributes.At("stages[0].from.image"));
        Assert.IsType<IacUnknown>(attributes.At("stages[0].from.tag"));
        Assert.Contains("ARG BASE (line 1) has no default", ((IacUnknown)attributes.At("stages[0].from.tag")).Reason);
        Assert.Equal("alpine", attributes.Text("stages[1].from.image"));
        Assert.IsType<IacUnknown>(attributes.At("stages[1].from.tag"));
        Assert.IsType<IacUnknown>(attributes.At("stages[1].from.platform"));
    }

    [Fact]
    public void Multi_stage_builds_name_their_stages_link_COPY_from_and_mark_only_the_last_as_final()
    {
        var attributes = Tree.Clean("""
            FROM golang:1.23 AS Build
            WORKDIR /src
            RUN go build -o /out/app .

            FROM build AS test
            RUN go test ./...

            FROM gcr.io/distroless/static:nonroot
            COPY --from=build /out/app /app
            EXPOSE 8080 9090/udp
            ENTRYPOINT ["/app"]
            """);

        Assert.Equal(3, Assert.IsType<IacList>(attributes.At("stages")).Items.Count);
        Assert.Equal(("build", "test"), (attributes.Text("stages[0].name"), attributes.Text("stages[1].name")));
        Assert.IsType<IacNull>(attributes.At("stages[2].name"));
        Assert.Equal(0, Assert.IsType<IacNumber>(attributes.At("stages[1].from.stage")).Value);
        Assert.IsType<IacNull>(attributes.At("stages[2].from.stage"));
        Assert.Equal([false, false, true], Assert.IsType<IacList>(attributes.At("stages")).Items.Select(s => Assert.IsType<IacBool>(s.At("isFinal")).Value));
        Assert.Same(attributes.At("stages[2]"), attributes.At("finalStage"));
        Assert.Equal("build", attributes.Text("finalStage.instructions[1].flags.from"));
        Assert.Equal(9, attributes.Line("finalStage.instructions[1]"));
        Assert.Equal(["8080", "9090/udp"], attributes.Texts("finalStage.exposes"));
        Assert.Equal(10, attributes.Line("finalStage.exposes[1]"));
        Assert.Equal("/src", attributes.Text("stages[0].workdir"));
        Assert.IsType<IacNull>(attributes.At("finalStage.workdir"));
        Assert.Equal(new SourceRange(8, 1, 11, 20), attributes.At("finalStage").Range);
    }

    [Fact]
    public void USER_and_HEALTHCHECK_are_the_last_of_their_own_stage()
    {
        var attributes = Tree.Clean("""
            FROM node:22 AS build
            USER node
            HEALTHCHECK NONE
            FROM node:22-slim
            USER root
            RUN npm ci
            USER 1000:1000
            HEALTHCHECK --interval=1m CMD curl -f http://localhost:3000/ || exit 1
            """);

        Assert.Equal("node", attributes.Text("stages[0].user"));
        Assert.Equal("NONE", attributes.Text("stages[0].healthcheck.arguments"));
        Assert.Equal("1000:1000", attributes.Text("finalStage.user"));
        Assert.Equal(7, attributes.Line("finalStage.user"));
        Assert.Equal("HEALTHCHECK", attributes.Text("finalStage.healthcheck.instruction"));
        Assert.Equal("shell", attributes.Text("finalStage.healthcheck.form"));
        Assert.Equal(8, attributes.Line("finalStage.healthcheck"));
    }

    [Fact]
    public void A_stage_without_USER_or_HEALTHCHECK_has_null_for_them()
    {
        var attributes = Tree.Clean("FROM alpine\nRUN echo hi\n");

        Assert.IsType<IacNull>(attributes.At("finalStage.user"));
        Assert.IsType<IacNull>(attributes.At("finalStage.healthcheck"));
        Assert.Empty(Assert.IsType<IacList>(attributes.At("finalStage.exposes")).Items);
    }
}
