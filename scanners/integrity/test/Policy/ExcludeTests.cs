using Bulwark.Rules;
using Bulwark.Scanners.Integrity.Policy;

namespace Bulwark.Scanners.Integrity.Tests.Policy;

/// <summary>Exclude globs: anchored ones from the root, unanchored ones at any depth, a matched directory with its tree.</summary>
public sealed class ExcludeTests
{
    [Theory]
    [InlineData("/var/log/journal", "/var/log/journal", true)]
    [InlineData("/var/log/journal", "/var/log/journal/abc/system.journal", true)]
    [InlineData("/var/log/journal", "/var/log/journalctl.log", false)]
    [InlineData("/var/log/journal", "/var/log", false)]
    [InlineData("/var/log/journal", "/srv/var/log/journal", false)]
    [InlineData("*.swp", "/etc/.passwd.swp", true)]
    [InlineData("*.swp", "/a.swp", true)]
    [InlineData("*.swp", "/home/alice/deep/er/x.swp", true)]
    [InlineData("*.swp", "/home/alice/x.swp/inside", true)]
    [InlineData("*.swp", "/etc/x.swpx", false)]
    [InlineData("*.swp", "/etc/swp", false)]
    [InlineData("cache", "/root/.local/cache/x", true)]
    [InlineData("cache", "/root/.local/mycache", false)]
    [InlineData("/usr/lib/python3*/**/__pycache__", "/usr/lib/python3.11/__pycache__/a.pyc", true)]
    [InlineData("/usr/lib/python3*/**/__pycache__", "/usr/lib/python3/dist-packages/x/y/__pycache__", true)]
    [InlineData("/usr/lib/python3*/**/__pycache__", "/usr/lib/python3.11/site.py", false)]
    [InlineData("/usr/lib/python3*/**/__pycache__", "/usr/lib/perl5/__pycache__", false)]
    [InlineData("/srv/**", "/srv/a/b", true)]
    [InlineData("/srv/*.log", "/srv/a/b.log", false)]
    [InlineData("/srv/?.log", "/srv/a.log", true)]
    [InlineData("/srv/?.log", "/srv/ab.log", false)]
    [InlineData("/srv/a+b (1).txt", "/srv/a+b (1).txt", true)]
    [InlineData("/srv/a+b (1).txt", "/srv/aab (1).txt", false)]
    public void A_glob_matches_the_paths_it_names_and_everything_under_them(string pattern, string path, bool matches) =>
        Assert.Equal(matches, new FimPolicy([], [PathGlob.Parse(pattern)], SkipUnchanged: false, Text: "").IsExcluded(path));

    [Theory]
    [InlineData("/etc/machine-id")]
    [InlineData("/var/log/journal/0123/system.journal")]
    [InlineData("/var/log/private/secret.log")]
    [InlineData("/root/.cache/x")]
    [InlineData("/usr/lib/python3.11/encodings/__pycache__/utf_8.cpython-311.pyc")]
    public void The_built_in_policy_excludes_files_their_owners_rewrite_all_day(string path) =>
        Assert.True(PolicyLoader.BuiltIn().IsExcluded(path));

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/var/log/auth.log")]
    [InlineData("/var/log/journalist.log")]
    [InlineData("/usr/lib/python3.11/os.py")]
    public void The_built_in_policy_keeps_what_matters(string path) =>
        Assert.False(PolicyLoader.BuiltIn().IsExcluded(path));

    [Fact]
    public void Excludes_are_read_from_the_policy_as_a_list_or_a_single_value()
    {
        var list = PolicyLoader.Parse("p.yaml", "rules: [{ path: /, group: content }]\nexclude: [/tmp, '*.swp']\n").Value!;
        var single = PolicyLoader.Parse("p.yaml", "rules: [{ path: /, group: content }]\nexclude: /tmp\n").Value!;

        Assert.Equal(["/tmp", "*.swp"], list.Excludes.Select(e => e.Pattern));
        Assert.True(list.IsExcluded("/tmp/x") && list.IsExcluded("/etc/.x.swp"));
        Assert.True(single.IsExcluded("/tmp"));
        Assert.False(single.IsExcluded("/etc/.x.swp"));
    }
}
