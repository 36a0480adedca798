using Bulwark.Scanners.Integrity.Meaning;

namespace Bulwark.Scanners.Integrity.Tests.Meaning;

public sealed class FactReadersTests
{
    [Theory]
    [InlineData("/etc/passwd", "passwd")]
    [InlineData("/etc/shadow", "shadow")]
    [InlineData("/etc/group", "group")]
    [InlineData("/home/alice/.ssh/authorized_keys", "authorized-keys")]
    [InlineData("/root/.ssh/authorized_keys2", "authorized-keys")]
    [InlineData("/var/lib/dpkg/status", "dpkg-status")]
    [InlineData("/etc/crontab", "crontab")]
    [InlineData("/etc/cron.d/e2scrub_all", "crontab")]
    [InlineData("/var/spool/cron/crontabs/alice", "user-crontab")]
    [InlineData("/var/spool/cron/alice", "user-crontab")]
    [InlineData("/etc/cron.hourly/sysstat", "cron-script")]
    [InlineData("/etc/cron.monthly/backup.sh", "cron-script")]
    public void Each_known_file_is_read_by_its_reader(string path, string id)
    {
        Assert.Equal(id, FactReaders.For(path)?.Id);
    }

    [Theory]
    [InlineData("/etc/hosts")]
    [InlineData("/etc/passwd-")]
    [InlineData("/etc/gshadow")]
    [InlineData("/home/alice/.ssh/known_hosts")]
    [InlineData("/home/alice/authorized_keys")]
    [InlineData("/var/lib/dpkg/status-old")]
    [InlineData("/etc/cron.d/.placeholder")]
    [InlineData("/etc/cron.daily/.placeholder")]
    [InlineData("/etc/cron.d/sub/job")]
    [InlineData("/etc/cron.yearly/job")]
    [InlineData("/var/spool/cron/crontabs")]
    [InlineData("/var/spool/cron/atjobs/a0001")]
    [InlineData("/var/spool/cron/atspool")]
    public void Other_files_have_no_reader(string path)
    {
        Assert.Null(FactReaders.For(path));
    }

    [Fact]
    public void The_list_is_sorted_by_id_and_no_id_repeats()
    {
        var ids = FactReaders.All.Select(r => r.Id).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void No_two_readers_want_the_same_file()
    {
        string[] paths = ["/etc/passwd", "/etc/crontab", "/etc/cron.d/x", "/var/spool/cron/x", "/var/spool/cron/crontabs/x", "/etc/cron.daily/x", "/x/.ssh/authorized_keys"];

        Assert.All(paths, p => Assert.Single(FactReaders.All, r => r.Wants(p)));
    }

    [Fact]
    public void Every_reader_survives_binary_garbage_and_returns_sorted_unique_facts()
    {
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);

        foreach (var reader in FactReaders.All)
        {
            var facts = reader.Read(garbage);
            Assert.Equal(facts.Distinct().Order(StringComparer.Ordinal), facts);
            _ = reader.Compare("/x", facts, []).ToList();
            _ = reader.Compare("/x", [], facts).ToList();
        }
    }
}
