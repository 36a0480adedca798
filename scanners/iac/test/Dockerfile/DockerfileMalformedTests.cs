using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Tests.Dockerfile;

public class DockerfileMalformedTests
{
    [Fact]
    public void An_unknown_instruction_is_reported_where_it_is_and_the_rest_is_read()
    {
        var document = Tree.Load("FROM alpine\nRUN apk add curl\n  && rm -rf /tmp/*\nUSER app\n");

        Assert.Equal(["3:3 unknown instruction \"&&\""], document.Problems());
        var attributes = Assert.Single(document.Resources).Attributes;
        Assert.Equal(["FROM", "RUN", "USER"], Assert.IsType<IacList>(attributes.At("instructions")).Items.Select(i => i.Text("instruction")));
        Assert.Equal("app", attributes.Text("finalStage.user"));
    }

    [Fact]
    public void FROM_with_nothing_is_reported_and_still_starts_a_stage()
    {
        var document = Tree.Load("FROM alpine AS base\nRUN true\nFROM\nUSER app\n");

        Assert.Equal(["3:1 FROM needs an image"], document.Problems());
        var attributes = Assert.Single(document.Resources).Attributes;
        Assert.IsType<IacNull>(attributes.At("finalStage.from.image"));
        Assert.Equal("app", attributes.Text("finalStage.user"));
        Assert.IsType<IacNull>(attributes.At("stages[0].user"));
    }

    [Fact]
    public void An_unterminated_JSON_array_is_reported_at_its_bracket_and_read_as_shell_form()
    {
        var document = Tree.Load("FROM alpine\nCMD [\"nginx\", \"-g\", \"daemon off;\"\nUSER nginx\n");

        Assert.Equal(["2:5 CMD: unterminated JSON array: no closing ]"], document.Problems());
        var attributes = Assert.Single(document.Resources).Attributes;
        Assert.Equal("shell", attributes.Text("instructions[1].form"));
        Assert.Equal("nginx", attributes.Text("finalStage.user"));
    }

    [Theory]
    [InlineData("CMD [\"a\", \"b\",]", "2:15 CMD: trailing comma in JSON array; Docker runs the line as a shell command")]
    [InlineData("CMD [\"a\"] extra", "2:10 CMD: text after the JSON array; Docker runs the whole line as a shell command")]
    [InlineData("ENTRYPOINT [\"run\", 1]", "2:20 ENTRYPOINT: exec form must be a JSON array of strings")]
    [InlineData("SHELL /bin/bash -c", "2:7 SHELL must be written as a JSON array")]
    [InlineData("HEALTHCHECK curl localhost", "2:13 HEALTHCHECK takes CMD and a command, or NONE")]
    [InlineData("COPY --chown=a --chown=b x /x", "2:16 COPY: duplicate flag --chown; the last one is used")]
    [InlineData("EXPOSE", "2:1 EXPOSE needs arguments")]
    [InlineData("FROM --platform=linux/arm64", "2:1 FROM needs an image")]
    [InlineData("FROM alpine builder", "2:13 FROM takes an image, then optionally AS and a stage name")]
    [InlineData("FROM alpine AS 1st", "2:16 invalid stage name \"1st\": it must start with a letter and contain only letters, digits, '-', '_' and '.'")]
    public void Other_malformed_instructions_are_reported_with_line_and_column(string instruction, string expected)
    {
        var document = Tree.Load($"FROM alpine\n{instruction}\n");

        Assert.Equal([expected], document.Problems());
        Assert.Single(document.Resources);
    }

    [Fact]
    public void An_unterminated_heredoc_is_reported_at_its_marker_and_keeps_what_it_read()
    {
        var document = Tree.Load("FROM alpine\nRUN echo hi && cat <<EOF > /x\nline one\nline two\n");

        Assert.Equal(["2:20 unterminated heredoc: no line reads EOF before the end of the file"], document.Problems());
        var run = Assert.Single(document.Resources).Attributes.At("instructions[1]");
        Assert.Equal("line one\nline two\n", run.Text("heredocs[0].body"));
        Assert.Equal(new SourceRange(2, 1, 4, 9), run.Range);
    }

    [Fact]
    public void Instructions_before_the_first_FROM_other_than_ARG_are_reported()
    {
        var document = Tree.Load("ARG V=1\nRUN echo early\nFROM alpine:$V\n");

        Assert.Equal(["2:1 RUN comes before the first FROM; only ARG may"], document.Problems());
        Assert.Equal("1", Assert.Single(document.Resources).Attributes.Text("finalStage.from.tag"));
    }

    [Fact]
    public void A_repeated_or_invalid_escape_directive_is_reported()
    {
        Assert.Equal(["1:10 invalid escape character \"x\": it must be \\ or `"], Tree.Load("# escape=x\nFROM alpine\n").Problems());
        Assert.Equal(["2:10 only one escape parser directive can be used"], Tree.Load("# escape=`\n# escape=\\\nFROM alpine\n").Problems());
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# just a comment\n")]
    public void An_empty_file_has_no_resource_and_says_so(string text)
    {
        var document = Tree.Load(text);

        Assert.Empty(document.Resources);
        Assert.Equal(["1:1 the file has no instructions"], document.Problems());
    }

    [Fact]
    public void A_file_without_FROM_has_no_resource()
    {
        var document = Tree.Load("ARG V=1\n");

        Assert.Empty(document.Resources);
        Assert.Equal(["1:1 the file has no FROM instruction"], document.Problems());
    }
}
