namespace Bulwark.Scanners.Host.Tests.Files;

public class RootedHostFilesGlobTests
{
    [Fact]
    public void Star_question_mark_and_brackets_match_in_the_last_segment_in_ordinal_order()
    {
        using var tree = new FixtureTree()
            .Write("/etc/sysctl.d/99-z.conf", "").Write("/etc/sysctl.d/10-a.conf", "").Write("/etc/sysctl.d/README", "")
            .Write("/etc/sysctl.d/.hidden.conf", "").Write("/etc/sysctl.d/1-b.conf", "");

        Assert.Equal(["/etc/sysctl.d/1-b.conf", "/etc/sysctl.d/10-a.conf", "/etc/sysctl.d/99-z.conf"], tree.Files.Glob("/etc/sysctl.d/*.conf"));
        Assert.Equal(["/etc/sysctl.d/1-b.conf"], tree.Files.Glob("/etc/sysctl.d/?-?.conf"));
        Assert.Equal(["/etc/sysctl.d/1-b.conf", "/etc/sysctl.d/10-a.conf"], tree.Files.Glob("/etc/sysctl.d/1[0-]*"));
        Assert.Equal(["/etc/sysctl.d/99-z.conf"], tree.Files.Glob("/etc/sysctl.d/[!1]*.conf"));
        Assert.Equal(["/etc/sysctl.d/.hidden.conf"], tree.Files.Glob("/etc/sysctl.d/.*.conf"));
    }

    [Fact]
    public void Wildcards_in_directory_segments_expand_too()
    {
        using var tree = new FixtureTree()
            .Write("/etc/systemd/system/multi-user.target.wants/ssh.service", "")
            .Write("/etc/systemd/system/sockets.target.wants/ssh.socket", "")
            .Write("/etc/systemd/system/getty.target.wants/ssh.service", "");

        Assert.Equal(
            ["/etc/systemd/system/getty.target.wants/ssh.service", "/etc/systemd/system/multi-user.target.wants/ssh.service"],
            tree.Files.Glob("/etc/systemd/system/*.wants/ssh.service"));
    }

    [Fact]
    public void A_literal_path_globs_to_itself_when_it_exists_and_to_nothing_otherwise()
    {
        using var tree = new FixtureTree().Write("/etc/passwd", "");

        Assert.Equal(["/etc/passwd"], tree.Files.Glob("/etc/passwd"));
        Assert.Empty(tree.Files.Glob("/etc/shadow"));
        Assert.Empty(tree.Files.Glob("/nope/*/x"));
    }
}
