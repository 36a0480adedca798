using Bulwark.Scanners.Host.Model;
using Bulwark.Scanners.Host.Sweeps;
using Bulwark.Scanners.Host.Tests.Accounts;

namespace Bulwark.Scanners.Host.Tests.Sweeps;

public sealed class FileSweepsTests : IDisposable
{
    private readonly HostTree _tree = new();

    public FileSweepsTests() =>
        _tree.Write("/etc/passwd", "root:x:0:0::/root:/bin/sh\n").Write("/etc/group", "root:x:0:\n")
            .Write("/srv/app/run.sh", "#!/bin/sh\n").Mode("/srv/app/run.sh", "755").Mode("/srv/app", "755").Mode("/srv", "755").Mode("/etc", "755")
            .Mode("/etc/passwd", "644").Mode("/etc/group", "644").Mode("/", "755");

    private CheckOutcome Evaluate(string kind, string[]? under = null, string[]? except = null) =>
        FileSweeps.Evaluate(_tree.Files, kind, under ?? ["/"], except ?? []);

    [Fact]
    public void A_tree_without_world_writable_entries_passes()
    {
        var outcome = Evaluate("world-writable");

        Assert.Equal(CheckStatus.Pass, outcome.Status);
        Assert.Contains("entries examined", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_world_writable_file_and_a_world_writable_directory_without_sticky_bit_fail()
    {
        _tree.Write("/srv/app/data.txt", "x").Mode("/srv/app/data.txt", "666").Folder("/srv/drop").Mode("/srv/drop", "777")
            .Folder("/tmp").Mode("/tmp", "1777");

        var outcome = Evaluate("world-writable");

        Assert.Equal(CheckStatus.Fail, outcome.Status);
        Assert.Equal(["/srv/app/data.txt", "/srv/drop"], outcome.Evidence.Select(evidence => evidence.File));
        Assert.Contains("0666", outcome.Evidence[0].Found, StringComparison.Ordinal);
        Assert.Contains("0777", outcome.Evidence[1].Found, StringComparison.Ordinal);
    }

    [Fact]
    public void Symbolic_links_are_not_world_writable_files()
    {
        _tree.Link("/srv/link", "/etc/passwd");

        Assert.Equal(CheckStatus.Pass, Evaluate("world-writable").Status);
    }

    [Fact]
    public void Except_globs_leave_out_files_and_whole_directories()
    {
        _tree.Write("/srv/cache/a/b.txt", "x").Mode("/srv/cache/a/b.txt", "666").Write("/srv/app/x.log", "x").Mode("/srv/app/x.log", "666")
            .Write("/srv/app/keep.txt", "x").Mode("/srv/app/keep.txt", "666");

        var outcome = Evaluate("world-writable", except: ["/srv/cache", "/srv/app/*.log"]);

        Assert.Equal(CheckStatus.Fail, outcome.Status);
        Assert.Equal("/srv/app/keep.txt", Assert.Single(outcome.Evidence).File);
    }

    [Fact]
    public void Under_limits_the_walk()
    {
        _tree.Write("/var/x", "x").Mode("/var/x", "666");

        Assert.Equal(CheckStatus.Pass, Evaluate("world-writable", under: ["/srv", "/srv/app"]).Status);
        Assert.Equal(CheckStatus.Fail, Evaluate("world-writable", under: ["/var"]).Status);
    }

    [Fact]
    public void Evidence_stops_at_fifty_entries_and_the_message_gives_the_full_count()
    {
        for (var index = 0; index < 60; index++)
        {
            _tree.Write($"/srv/many/f{index:D2}", "x").Mode($"/srv/many/f{index:D2}", "646");
        }

        var outcome = Evaluate("world-writable");

        Assert.Equal(CheckStatus.Fail, outcome.Status);
        Assert.Equal(FileSweeps.EvidenceLimit, outcome.Evidence.Count);
        Assert.StartsWith("60 ", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("first 50", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_whose_owner_or_group_has_no_name_fail_with_the_numbers()
    {
        _tree.Write("/srv/app/orphan", "x").Owner("/srv/app/orphan", 4242, 0).Write("/srv/app/stray", "x").Owner("/srv/app/stray", 0, 4343);

        var outcome = Evaluate("unowned");

        Assert.Equal(CheckStatus.Fail, outcome.Status);
        Assert.Equal(["/srv/app/orphan", "/srv/app/stray"], outcome.Evidence.Select(evidence => evidence.File));
        Assert.Contains("uid 4242 has no user", outcome.Evidence[0].Found, StringComparison.Ordinal);
        Assert.Contains("gid 4343 has no group", outcome.Evidence[1].Found, StringComparison.Ordinal);
    }

    [Fact]
    public void Owners_are_named_by_the_audited_systems_passwd_not_the_auditors()
    {
        _tree.Write("/srv/app/svc", "x").Owner("/srv/app/svc", 4242, 4242);
        Assert.Equal(CheckStatus.Fail, Evaluate("unowned").Status);

        _tree.Write("/etc/passwd", "root:x:0:0::/root:/bin/sh\nsvc:x:4242:4242::/:/usr/sbin/nologin\n").Write("/etc/group", "root:x:0:\nsvc:x:4242:\n");
        Assert.Equal(CheckStatus.Pass, Evaluate("unowned").Status);
    }

    [Fact]
    public void Unowned_without_a_group_file_is_an_error()
    {
        File.Delete(_tree.HostPath("/etc/group"));

        var outcome = Evaluate("unowned");

        Assert.Equal(CheckStatus.Error, outcome.Status);
        Assert.Contains("/etc/group", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Setuid_files_not_on_the_expected_list_fail_and_expected_ones_pass_as_an_inventory()
    {
        _tree.Write("/usr/bin/passwd", "elf").Mode("/usr/bin/passwd", "4755").Write("/usr/bin/wall", "elf").Mode("/usr/bin/wall", "2755")
            .Write("/opt/tool/helper", "elf").Mode("/opt/tool/helper", "6755");

        var failing = Evaluate("suid-sgid", except: ["/usr/bin/passwd", "/usr/bin/wall"]);
        var passing = Evaluate("suid-sgid", except: ["/usr/bin/*", "/opt/tool"]);

        Assert.Equal(CheckStatus.Fail, failing.Status);
        var unexpected = Assert.Single(failing.Evidence);
        Assert.Equal("/opt/tool/helper", unexpected.File);
        Assert.Contains("setuid and setgid", unexpected.Found, StringComparison.Ordinal);
        Assert.Contains("1 of 3", failing.Message, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Pass, passing.Status);
        Assert.Equal(["/opt/tool/helper", "/usr/bin/passwd", "/usr/bin/wall"], passing.Evidence.Select(evidence => evidence.File));
    }

    [Theory]
    [InlineData("/usr/bin/[ab", "without a closing ]")]
    [InlineData("usr/bin/*", "not an absolute path")]
    public void A_bad_except_glob_is_an_error_naming_it(string glob, string why)
    {
        var outcome = Evaluate("suid-sgid", except: [glob]);

        Assert.Equal(CheckStatus.Error, outcome.Status);
        Assert.Contains(glob, outcome.Message, StringComparison.Ordinal);
        Assert.Contains(why, outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_under_path_and_an_unknown_kind_are_errors()
    {
        Assert.Equal(CheckStatus.Error, Evaluate("world-writable", under: ["srv"]).Status);
        Assert.Equal(CheckStatus.Error, Evaluate("sticky-less").Status);
    }

    public void Dispose() => _tree.Dispose();
}
