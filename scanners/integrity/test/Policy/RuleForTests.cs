using Bulwark.Scanners.Integrity.Policy;

namespace Bulwark.Scanners.Integrity.Tests.Policy;

/// <summary>Which rule watches a path: the most specific one, wherever it stands in the file.</summary>
public sealed class RuleForTests
{
    private static FimPolicy Policy(string rules) => PolicyLoader.Parse("p.yaml", "rules:\n" + rules).Value!;

    [Theory]
    [InlineData("/etc", "/etc")]
    [InlineData("/etc/hosts", "/etc")]
    [InlineData("/etc/ssh", "/etc/ssh")]
    [InlineData("/etc/ssh/ssh_config", "/etc/ssh")]
    [InlineData("/etc/ssh/sshd_config", "/etc/ssh/sshd_config")]
    [InlineData("/etc/sshd", "/etc")]
    [InlineData("/usr/bin/ls", null)]
    [InlineData("/", null)]
    public void The_longest_rule_path_that_is_the_path_or_its_ancestor_wins(string path, string? rule)
    {
        foreach (var order in new[] { (0, 1, 2), (2, 1, 0) })
        {
            string[] lines = ["  - { path: /etc, group: content }\n", "  - { path: /etc/ssh, group: permissions }\n", "  - { path: /etc/ssh/sshd_config, group: log }\n"];
            var policy = Policy(lines[order.Item1] + lines[order.Item2] + lines[order.Item3]);

            Assert.Equal(rule, policy.RuleFor(path)?.Path);
        }
    }

    [Fact]
    public void A_root_rule_covers_every_path()
    {
        var policy = Policy("  - { path: /, group: permissions }\n  - { path: /etc, group: content }\n");

        Assert.Equal("/", policy.RuleFor("/")!.Path);
        Assert.Equal("/", policy.RuleFor("/var/log/syslog")!.Path);
        Assert.Equal("/etc", policy.RuleFor("/etc/passwd")!.Path);
    }

    [Fact]
    public void A_wildcard_segment_matches_one_name_only()
    {
        var policy = Policy("  - { path: /home/*/.ssh, group: content }\n  - { path: /srv/app?, group: log }\n");

        Assert.Equal("/home/*/.ssh", policy.RuleFor("/home/alice/.ssh/authorized_keys")!.Path);
        Assert.Null(policy.RuleFor("/home/alice/work/.ssh"));
        Assert.Null(policy.RuleFor("/home/alice"));
        Assert.Equal("/srv/app?", policy.RuleFor("/srv/app1/x")!.Path);
        Assert.Null(policy.RuleFor("/srv/app12"));
    }

    [Fact]
    public void A_rule_naming_one_user_is_more_specific_than_the_wildcard_for_all_users_in_either_order()
    {
        const string all = "  - { path: /home/*/.ssh, group: content }\n";
        const string alice = "  - { path: /home/alice/.ssh, group: permissions }\n";

        Assert.Equal("/home/alice/.ssh", Policy(all + alice).RuleFor("/home/alice/.ssh/authorized_keys")!.Path);
        Assert.Equal("/home/alice/.ssh", Policy(alice + all).RuleFor("/home/alice/.ssh/authorized_keys")!.Path);
        Assert.Equal("/home/*/.ssh", Policy(alice + all).RuleFor("/home/bob/.ssh/authorized_keys")!.Path);
    }

    [Fact]
    public void A_non_recursive_rule_leaves_what_is_under_it_to_a_recursive_ancestor()
    {
        var policy = Policy("  - { path: /var, group: permissions }\n  - { path: /var/lib, group: content, recurse: false }\n");

        Assert.Equal("/var/lib", policy.RuleFor("/var/lib")!.Path);
        Assert.Equal("/var", policy.RuleFor("/var/lib/dpkg/status")!.Path);
    }
}
