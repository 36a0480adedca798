using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Tests.Dockerfile;

public class DockerfileContinuationTests
{
    [Fact]
    public void Continued_lines_join_and_comment_and_blank_lines_inside_are_skipped()
    {
        var attributes = Tree.Clean("""
            FROM alpine:3.20
            RUN apk add --no-cache \
                # the TLS roots
                ca-certificates \

                curl
            USER app
            """);

        var run = attributes.At("instructions[1]");
        Assert.Equal("RUN", run.Text("instruction"));
        Assert.Equal("apk add --no-cache     ca-certificates     curl", run.Text("arguments"));
        Assert.Equal(new SourceRange(2, 1, 6, 9), run.Range);
        Assert.Equal(new SourceRange(2, 5, 6, 9), run.At("arguments").Range);
        Assert.Equal(7, attributes.Line("instructions[2]"));
        Assert.Equal("app", attributes.Text("finalStage.user"));
    }

    [Fact]
    public void A_backtick_escape_directive_continues_lines_with_a_backtick_and_leaves_backslashes_alone()
    {
        var attributes = Tree.Clean("""
            # escape=`
            FROM mcr.microsoft.com/windows/servercore:ltsc2022
            COPY testfile.txt c:\
            RUN dir c:\ `
                && echo done
            """);

        Assert.Equal("`", attributes.Text("directives.escape"));
        Assert.Equal("testfile.txt c:\\", attributes.Text("instructions[1].arguments"));
        Assert.Equal(3, attributes.Line("instructions[1]"));
        Assert.Equal("dir c:\\     && echo done", attributes.Text("instructions[2].arguments"));
        Assert.Equal(["dir c:\\", "echo done"], attributes.Texts("instructions[2].commands"));
        Assert.Equal(5, attributes.Line("instructions[2].commands[1]"));
    }

    [Fact]
    public void Directives_stop_at_the_first_line_that_is_not_one()
    {
        var attributes = Tree.Clean("""
            # syntax=docker/dockerfile:1.7

            # escape=`
            FROM alpine
            RUN echo \
                next
            """);

        Assert.Equal("docker/dockerfile:1.7", attributes.Text("directives.syntax"));
        Assert.Null(Assert.IsType<IacObject>(attributes.At("directives"))["escape"]);
        Assert.Equal("echo     next", attributes.Text("instructions[1].arguments"));
    }

    [Fact]
    public void A_CRLF_file_reads_like_an_LF_file_with_the_same_positions()
    {
        var lf = "FROM alpine AS base\nRUN apk add \\\n  curl\nUSER nobody\n";
        var crlf = Tree.Clean(lf.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal("apk add   curl", crlf.Text("instructions[1].arguments"));
        Assert.Equal(new SourceRange(2, 1, 3, 7), crlf.At("instructions[1]").Range);
        Assert.Equal("nobody", crlf.Text("finalStage.user"));
        Assert.Equal(new SourceRange(4, 6, 4, 12), crlf.At("finalStage.user").Range);
        Assert.Equal(Tree.Clean(lf).At("instructions[1]").Range, crlf.At("instructions[1]").Range);
    }

    [Fact]
    public void Instruction_keywords_are_case_insensitive_and_reported_in_upper_case()
    {
        var attributes = Tree.Clean("from alpine as Build\nrun echo hi\nCmd [\"sh\"]\n");

        Assert.Equal(["FROM", "RUN", "CMD"], Assert.IsType<IacList>(attributes.At("instructions")).Items.Select(i => i.Text("instruction")));
        Assert.Equal("build", attributes.Text("stages[0].name"));
        Assert.Equal("exec", attributes.Text("instructions[2].form"));
    }

    [Fact]
    public void The_resource_is_the_whole_file_named_after_its_path()
    {
        var document = Tree.Load("FROM alpine\n\nCMD [\"sh\"]\n", "svc/api/Dockerfile");

        var resource = Assert.Single(document.Resources);
        Assert.Equal(("dockerfile", "dockerfile", "svc/api/Dockerfile", "svc/api/Dockerfile"), (resource.Platform, resource.Type, resource.Name, resource.Address));
        Assert.Equal(new SourceRange(1, 1, 3, 11), resource.Range);
    }
}
