using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Tests.Files;

public sealed class WalkCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "bulwark-walkcache-" + Guid.NewGuid().ToString("N")[..12]);

    public WalkCacheTests()
    {
        foreach (var file in new[] { "etc/passwd", "etc/ssh/sshd_config", "etc/ssh/sshd_config.d/10.conf", "usr/bin/su", "usr/lib/x/y/z", "var/log/syslog", "var/tmp/a", "zz" })
        {
            var full = Path.Combine(_root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, file);
        }

        Directory.CreateDirectory(Path.Combine(_root, "empty"));
        File.CreateSymbolicLink(Path.Combine(_root, "usr/lib/link"), "/etc");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_shared_walk_gives_the_same_entries_in_the_same_order_as_a_plain_walk()
    {
        var plain = RootedHostFiles.ForRoot(_root);
        var cached = new WalkCache(plain);

        var expected = plain.Walk("/", _ => false).Select(e => e.Path).ToList();

        Assert.Equal(expected, cached.Walk("/", _ => false).Select(e => e.Path));
        Assert.Equal(expected, cached.Walk("/", _ => false).Select(e => e.Path));
        Assert.Contains("/usr/lib/x/y/z", expected);
        Assert.Equal(expected.Order(StringComparer.Ordinal).Count(), expected.Distinct().Count());
    }

    [Fact]
    public void A_replayed_walk_prunes_what_its_caller_skips_and_a_deeper_start_is_its_own_walk()
    {
        var plain = RootedHostFiles.ForRoot(_root);
        var cached = new WalkCache(plain);
        cached.Walk("/", _ => false).ToList();

        var pruned = cached.Walk("/", d => d is "/usr" or "/etc/ssh").Select(e => e.Path).ToList();
        var deeper = cached.Walk("/usr/lib", _ => false).Select(e => e.Path).ToList();

        Assert.Equal(plain.Walk("/", d => d is "/usr" or "/etc/ssh").Select(e => e.Path), pruned);
        Assert.Contains("/usr", pruned);
        Assert.DoesNotContain("/usr/bin/su", pruned);
        Assert.Contains("/etc/ssh", pruned);
        Assert.DoesNotContain("/etc/ssh/sshd_config", pruned);
        Assert.Equal(plain.Walk("/usr/lib", _ => false).Select(e => e.Path), deeper);
    }
}
