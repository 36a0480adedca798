using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Tests.Dockerfile;

public class DockerfileHeredocTests
{
    [Fact]
    public void A_RUN_heredoc_is_the_script_and_its_lines_are_the_commands()
    {
        var attributes = Tree.Clean("""
            # syntax=docker/dockerfile:1
            FROM debian:12
            RUN <<EOF
            set -e
            apt-get update
            apt-get install -y curl
            EOF
            USER app
            """);

        var run = attributes.At("instructions[1]");
        Assert.Equal("<<EOF\nset -e\napt-get update\napt-get install -y curl\nEOF", run.Text("arguments"));
        Assert.Equal(new SourceRange(3, 1, 7, 4), run.Range);
        Assert.Equal(["set -e", "apt-get update", "apt-get install -y curl"], run.Texts("commands"));
        Assert.Equal([4, 5, 6], Assert.IsType<IacList>(run.At("commands")).Items.Select(c => c.Range.StartLine));
        Assert.Equal("EOF", run.Text("heredocs[0].name"));
        Assert.Equal("set -e\napt-get update\napt-get install -y curl\n", run.Text("heredocs[0].body"));
        Assert.Equal(8, attributes.Line("instructions[2]"));
    }

    [Fact]
    public void Several_heredocs_on_one_line_read_their_bodies_in_order()
    {
        var attributes = Tree.Clean("""
            FROM alpine
            RUN <<FILE1 cat > file1 && <<FILE2 cat > file2
            I am
            first
            FILE1
            I am
            second
            FILE2
            CMD ["sh"]
            """);

        var run = attributes.At("instructions[1]");
        Assert.Equal(["FILE1", "FILE2"], [run.Text("heredocs[0].name"), run.Text("heredocs[1].name")]);
        Assert.Equal("I am\nfirst\n", run.Text("heredocs[0].body"));
        Assert.Equal("I am\nsecond\n", run.Text("heredocs[1].body"));
        Assert.Equal(new SourceRange(6, 1, 7, 7), run.At("heredocs[1].body").Range);
        Assert.Equal(["<<FILE1 cat > file1", "<<FILE2 cat > file2"], run.Texts("commands"));
        Assert.Equal(9, attributes.Line("instructions[2]"));
    }

    [Fact]
    public void A_dash_heredoc_strips_leading_tabs_from_the_body_and_allows_an_indented_terminator()
    {
        var attributes = Tree.Clean("FROM alpine\nRUN <<-EOT sh\n\techo one\n\t\techo two\n\tEOT\nUSER app\n");

        var run = attributes.At("instructions[1]");
        Assert.Equal("echo one\necho two\n", run.Text("heredocs[0].body"));
        Assert.True(Assert.IsType<IacBool>(run.At("heredocs[0].stripTabs")).Value);
        Assert.Equal(["echo one", "echo two"], run.Texts("commands"));
        Assert.Equal(6, attributes.Line("finalStage.user"));
    }

    [Fact]
    public void COPY_takes_a_heredoc_as_file_content()
    {
        var attributes = Tree.Clean("""
            FROM nginx
            COPY --chmod=644 <<"EOF" /etc/nginx/conf.d/default.conf
            server { listen 80; }
            EOF
            """);

        var copy = attributes.At("instructions[1]");
        Assert.Equal("644", copy.Text("flags.chmod"));
        Assert.Equal("server { listen 80; }\n", copy.Text("heredocs[0].body"));
        Assert.Equal(3, copy.Line("heredocs[0].body"));
        Assert.False(Assert.IsType<IacBool>(copy.At("heredocs[0].expand")).Value);
        Assert.Equal(new SourceRange(2, 1, 4, 4), copy.Range);
    }

    [Fact]
    public void Heredoc_markers_inside_quotes_or_the_exec_form_are_not_heredocs()
    {
        var attributes = Tree.Clean("FROM alpine\nRUN echo \"<<EOF\"\nRUN [\"sh\", \"-c\", \"cat <<EOF\"]\nUSER app\n");

        Assert.Empty(Assert.IsType<IacList>(attributes.At("instructions[1].heredocs")).Items);
        Assert.Empty(Assert.IsType<IacList>(attributes.At("instructions[2].heredocs")).Items);
        Assert.Equal(4, attributes.Line("instructions[3]"));
    }
}
