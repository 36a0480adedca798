namespace Bulwark.Scanners.Iac.Tests.Dockerfile;

public class DockerfileRunCommandsTests
{
    [Fact]
    public void RUN_splits_into_commands_at_and_or_semicolon_and_pipe()
    {
        var attributes = Tree.Clean("FROM debian\nRUN apt-get update && apt-get install -y curl | tee log; rm -rf /var/lib/apt/lists/*\n");

        Assert.Equal(["apt-get update", "apt-get install -y curl", "tee log", "rm -rf /var/lib/apt/lists/*"], attributes.Texts("instructions[1].commands"));
        Assert.Equal(new Model.SourceRange(2, 23, 2, 46), attributes.At("instructions[1].commands[1]").Range);
    }

    [Theory]
    [InlineData("echo 'a && b' \"c; d\" && ls", new[] { "echo 'a && b' \"c; d\"", "ls" })]
    [InlineData("make 2>&1 || exit 1", new[] { "make 2>&1", "exit 1" })]
    [InlineData("echo $(date; whoami) `id | cut -c1`", new[] { "echo $(date; whoami) `id | cut -c1`" })]
    [InlineData("sleep 1 & wait", new[] { "sleep 1", "wait" })]
    [InlineData("set -eux; curl -fsSL https://get.example | sh", new[] { "set -eux", "curl -fsSL https://get.example", "sh" })]
    [InlineData("true # the rest; is a comment\n", new[] { "true" })]
    public void Quotes_substitutions_and_redirections_do_not_split_commands(string script, string[] expected)
    {
        var attributes = Tree.Clean($"FROM alpine\nRUN {script}\n");

        Assert.Equal(expected, attributes.Texts("instructions[1].commands"));
    }

    [Fact]
    public void A_continued_RUN_gives_each_command_the_line_it_is_written_on()
    {
        var attributes = Tree.Clean("""
            FROM debian
            RUN apt-get update \
             && apt-get install -y --no-install-recommends \
                    curl \
             && rm -rf /var/lib/apt/lists/*
            """);

        var commands = attributes.At("instructions[1].commands");
        Assert.Equal([2, 3, 5], Assert.IsType<Model.IacList>(commands).Items.Select(c => c.Range.StartLine));
        Assert.Equal(4, Assert.IsType<Model.IacList>(commands).Items[1].Range.EndLine);
        Assert.Equal(2, attributes.Line("instructions[1]"));
    }

    [Fact]
    public void An_exec_form_shell_c_script_is_split_and_other_exec_forms_are_one_command()
    {
        var attributes = Tree.Clean("FROM alpine\nRUN [\"/bin/sh\", \"-c\", \"apk update && apk add curl\"]\nRUN [\"apk\", \"add\", \"git\"]\n");

        Assert.Equal(["apk update", "apk add curl"], attributes.Texts("instructions[1].commands"));
        Assert.Equal(["apk add git"], attributes.Texts("instructions[2].commands"));
    }

    [Fact]
    public void A_heredoc_for_another_interpreter_has_no_shell_commands()
    {
        var attributes = Tree.Clean("FROM python\nRUN <<EOF\n#!/usr/bin/env python3\nprint('hi; there')\nEOF\nRUN python3 <<EOF\nimport os\nEOF\n");

        Assert.Empty(attributes.Texts("instructions[1].commands"));
        Assert.Equal(["python3 <<EOF"], attributes.Texts("instructions[2].commands"));
    }
}
