using Bulwark.Scanners.Integrity.Policy;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity.Tests.Policy;

public sealed class PolicyLoaderTests
{
    private static ConfigProblem Refused(string text)
    {
        var loaded = PolicyLoader.Parse("p.yaml", text);
        Assert.Null(loaded.Value);
        return Assert.Single(loaded.Problems);
    }

    private static FimPolicy Loaded(string text)
    {
        var loaded = PolicyLoader.Parse("p.yaml", text);
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        return loaded.Value!;
    }

    [Fact]
    public void The_built_in_policy_watches_etc_by_content_logs_by_growth_and_every_users_ssh_directory()
    {
        var policy = PolicyLoader.BuiltIn();

        Assert.True(policy.RuleFor("/etc/ssh/sshd_config")!.Attributes.HasFlag(Attributes.Sha256));
        var log = policy.RuleFor("/var/log/auth.log")!;
        Assert.Equal("/var/log", log.Path);
        Assert.True(log.Attributes.HasFlag(Attributes.Growing));
        Assert.False(log.Attributes.HasFlag(Attributes.Sha256));
        Assert.Equal("/home/*/.ssh", policy.RuleFor("/home/alice/.ssh/authorized_keys")!.Path);
        Assert.Null(policy.RuleFor("/home/alice/notes.txt"));
        Assert.False(policy.SkipUnchanged);
        Assert.StartsWith(PolicyLoader.BuiltInName + ":", log.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_policy_watches_roots_home_itself_but_only_the_files_named_inside_it()
    {
        var policy = PolicyLoader.BuiltIn();

        Assert.Equal(AttributeNames.Groups["permissions"], policy.RuleFor("/root")!.Attributes);
        Assert.Null(policy.RuleFor("/root/notes.txt"));
        Assert.Equal("/root/.ssh", policy.RuleFor("/root/.ssh/authorized_keys")!.Path);
    }

    [Fact]
    public void Loading_without_a_file_gives_the_built_in_policy_and_a_missing_file_is_a_problem()
    {
        Assert.Equal(PolicyLoader.BuiltIn().Text, PolicyLoader.Load(null).Value!.Text);

        var missing = PolicyLoader.Load("/nonexistent/fim-policy.yaml");

        Assert.Contains("cannot read the integrity policy", Assert.Single(missing.Problems).Message);
    }

    [Theory]
    [InlineData("rules:\n  - { path: /etc, group: content }\nexcludes: [/tmp]\n", "p.yaml:3", "unknown key 'excludes'")]
    [InlineData("rules:\n  - { path: /etc, group: content, recursive: false }\n", "p.yaml:2", "unknown key 'recursive'")]
    [InlineData("rules:\n  - path: /etc\n    attributes: [sha256, md5]\n", "p.yaml:3", "unknown attribute 'md5'")]
    [InlineData("rules:\n  - path: /etc\n    group: contents\n", "p.yaml:3", "unknown group 'contents' (known: content, log, permissions)")]
    [InlineData("rules:\n  - { path: etc/passwd, group: content }\n", "p.yaml:2", "rule path 'etc/passwd' must be absolute")]
    [InlineData("rules:\n  - { path: /etc/../root, group: content }\n", "p.yaml:2", "without . or .. segments")]
    [InlineData("rules:\n  - { path: /etc/./ssh, group: content }\n", "p.yaml:2", "without . or .. segments")]
    [InlineData("rules:\n  - { path: /etc }\n", "p.yaml:2", "rule '/etc' needs a 'group' or an 'attributes' list")]
    [InlineData("rules:\n  - { group: content }\n", "p.yaml:2", "missing required key 'path'")]
    [InlineData("rules: []\n", "p.yaml:1", "the policy watches nothing")]
    [InlineData("exclude: [/tmp]\n", "p.yaml:1", "the policy watches nothing")]
    [InlineData("", "p.yaml:", "the policy watches nothing")]
    [InlineData("- /etc\n", "p.yaml:1", "the policy must be a mapping")]
    [InlineData("rules:\n  - { path: /srv, group: content, recurse: maybe }\n", "p.yaml:2", "'recurse' must be true or false")]
    [InlineData("groups:\n  mine: [sha256, crc32]\nrules:\n  - { path: /srv, group: mine }\n", "p.yaml:2", "unknown attribute 'crc32'")]
    [InlineData("rules:\n  - { path: /etc, group: content\n", "p.yaml:", "invalid YAML")]
    public void A_mistake_in_a_policy_is_refused_naming_its_file_and_line(string text, string where, string message)
    {
        var problem = Refused(text);

        Assert.StartsWith(where, problem.Where, StringComparison.Ordinal);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void Every_mistake_is_reported_not_only_the_first()
    {
        var loaded = PolicyLoader.Parse("p.yaml", "rules:\n  - { path: /etc, group: nope }\n  - { path: srv, group: content }\nbogus: 1\n");

        Assert.Equal(["p.yaml:2", "p.yaml:3", "p.yaml:4"], loaded.Problems.Select(p => p.Where).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Custom_groups_combine_attributes_and_built_in_groups_and_a_rule_may_add_to_its_group()
    {
        var policy = Loaded("""
            groups:
              audit: [mode, owner, sha256]
              wide: [permissions, size]
            rules:
              - { path: /srv/app, group: audit }
              - { path: /srv/data, group: wide }
              - { path: /srv/conf, group: permissions, attributes: [sha256] }
              - { path: /srv/tmp, attributes: [mode, audit] }
            """);

        Assert.Equal(Attributes.Mode | Attributes.Owner | Attributes.Sha256, policy.RuleFor("/srv/app/bin")!.Attributes);
        Assert.Equal(AttributeNames.Groups["permissions"] | Attributes.Size, policy.RuleFor("/srv/data")!.Attributes);
        Assert.Equal(AttributeNames.Groups["permissions"] | Attributes.Sha256, policy.RuleFor("/srv/conf/x")!.Attributes);
        Assert.Equal(Attributes.Mode | Attributes.Owner | Attributes.Sha256, policy.RuleFor("/srv/tmp")!.Attributes);
    }

    [Fact]
    public void A_rule_with_recurse_false_covers_its_path_and_nothing_under_it()
    {
        var policy = Loaded("rules:\n  - { path: /srv, group: permissions, recurse: false }\nskip-unchanged: true\n");

        var rule = Assert.Single(policy.Rules);
        Assert.False(rule.Recurse);
        Assert.Same(rule, policy.RuleFor("/srv"));
        Assert.Null(policy.RuleFor("/srv/data"));
        Assert.True(policy.SkipUnchanged);
    }

    [Fact]
    public void A_rule_path_keeps_no_trailing_slash_and_the_policy_keeps_its_text()
    {
        const string text = "rules:\n  - { path: /etc/, group: content }\n  - { path: /, group: permissions }\n";

        var policy = Loaded(text);

        Assert.Equal(["/etc", "/"], policy.Rules.Select(r => r.Path));
        Assert.Equal("p.yaml:2", policy.Rules[0].Where);
        Assert.Equal(text, policy.Text);
    }
}
