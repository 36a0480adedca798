using Bulwark.Engine.Config;
using Bulwark.Engine.Settings;
using Bulwark.Sdk;
using Bulwark.Tests.Targets;

namespace Bulwark.Tests.Engine;

public sealed class ProjectConfigLoaderTests : IDisposable
{
    private static readonly ScannerInfo Demo = new("demo", "1", "a scanner for tests")
    {
        Settings = [new SettingInfo("demo.rules", SettingType.List, "rule files"), new SettingInfo("demo.mode", SettingType.Text, "mode")],
    };

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Created<ProjectConfig> Load(string yaml)
    {
        var path = _folder.Write("bulwark.yaml", yaml);
        return ProjectConfigLoader.Load(path, ScanSettings.All, [Demo]);
    }

    private string Where(int line) => $"{ProjectConfigLoader.DisplayPath(_folder.PathOf("bulwark.yaml"))}:{line}";

    [Fact]
    public void Settings_are_read_with_the_line_they_are_on_and_the_config_folder()
    {
        var config = Load("version: 1\nfail-on: medium\nexclude:\n  - vendor/\n  - '**/*.min.js'\ndemo:\n  rules: [a.yaml, b.yaml]\n  mode: fast\n");

        Assert.True(config.Succeeded, string.Join("\n", config.Problems));
        var settings = config.Value!.Settings;
        Assert.Equal(["medium"], settings["fail-on"].Values);
        Assert.Equal(Where(2), settings["fail-on"].Where);
        Assert.Equal(_folder.Root, settings["fail-on"].BaseDirectory);
        Assert.Equal(["vendor/", "**/*.min.js"], settings["exclude"].Values);
        Assert.Equal(["a.yaml", "b.yaml"], settings["demo.rules"].Values);
        Assert.Equal(["fast"], settings["demo.mode"].Values);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void An_empty_file_is_a_valid_config_that_sets_nothing(string yaml)
    {
        var config = Load(yaml);

        Assert.True(config.Succeeded, string.Join("\n", config.Problems));
        Assert.Empty(config.Value!.Settings);
        Assert.Empty(config.Value.Suppressions);
        Assert.Empty(config.Value.Rules.Disabled);
    }

    [Fact]
    public void An_unknown_top_level_key_is_a_problem_with_its_line_that_lists_the_known_keys()
    {
        var config = Load("version: 1\nfail_on: high\n");

        var problem = Assert.Single(config.Problems);
        Assert.Equal(Where(2), problem.Where);
        Assert.StartsWith("unknown key 'fail_on' (expected one of:", problem.Message, StringComparison.Ordinal);
        Assert.Contains("fail-on", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_in_a_scanner_section_is_a_problem_with_its_line()
    {
        var config = Load("demo:\n  mode: fast\n  rulez: [a.yaml]\n");

        var problem = Assert.Single(config.Problems);
        Assert.Equal(Where(3), problem.Where);
        Assert.StartsWith("unknown key 'rulez'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("rules", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_version_is_a_problem()
    {
        var problem = Assert.Single(Load("version: 2\n").Problems);

        Assert.Equal(Where(1), problem.Where);
        Assert.Contains("unsupported config version '2'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppression_is_read_with_its_fields_and_where_it_starts()
    {
        var config = Load("suppressions:\n  - rule: secrets/jwt\n    path: docs/**\n    reason: sample tokens\n    expires: 2031-06-30\n");

        var suppression = Assert.Single(config.Value!.Suppressions);
        Assert.Equal("secrets/jwt", suppression.RuleId);
        Assert.Equal("docs/**", suppression.Path);
        Assert.Null(suppression.Fingerprint);
        Assert.Equal("sample tokens", suppression.Reason);
        Assert.Equal(new DateOnly(2031, 6, 30), suppression.Expires);
        Assert.Equal(Where(2), suppression.Source);
    }

    [Fact]
    public void A_suppression_without_a_reason_is_a_problem()
    {
        var problem = Assert.Single(Load("suppressions:\n  - fingerprint: 0123456789abcdef\n").Problems);

        Assert.Equal(Where(2), problem.Where);
        Assert.Contains("needs a 'reason'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppression_that_names_no_fingerprint_rule_or_path_is_a_problem()
    {
        var problem = Assert.Single(Load("suppressions:\n  - reason: everything is fine\n").Problems);

        Assert.Equal(Where(2), problem.Where);
        Assert.Contains("needs a 'fingerprint', a 'rule' or a 'path'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("next year")]
    [InlineData("2031-02-30")]
    [InlineData("30/06/2031")]
    public void A_suppression_with_a_bad_expiry_date_is_a_problem_on_that_line(string expires)
    {
        var problem = Assert.Single(Load($"suppressions:\n  - rule: secrets/jwt\n    reason: samples\n    expires: {expires}\n").Problems);

        Assert.Equal(Where(4), problem.Where);
        Assert.Contains($"'expires' must be a date as YYYY-MM-DD, not '{expires}'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_in_a_suppression_is_a_problem()
    {
        var problem = Assert.Single(Load("suppressions:\n  - rule: secrets/jwt\n    reason: samples\n    until: 2031-01-01\n").Problems);

        Assert.Equal(Where(4), problem.Where);
        Assert.StartsWith("unknown key 'until'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_overrides_are_read_and_a_bad_severity_is_a_problem_naming_the_rule()
    {
        var good = Load("rules:\n  disable: [secrets/jwt]\n  enable: secrets/entropy\n  severity:\n    secrets/github-token: medium\n");
        var bad = Load("rules:\n  severity:\n    secrets/jwt: low\n    secrets/github-token: urgent\n");

        var rules = good.Value!.Rules;
        Assert.Equal(["secrets/jwt"], rules.Disabled.Keys);
        Assert.Equal(["secrets/entropy"], rules.Enabled.Keys);
        Assert.Equal(Severity.Medium, rules.Severities["secrets/github-token"].Severity);
        Assert.Equal(Where(5), rules.Severities["secrets/github-token"].Where);
        var problem = Assert.Single(bad.Problems);
        Assert.Equal(Where(4), problem.Where);
        Assert.Contains("unknown severity 'urgent' for secrets/github-token", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_named_twice_in_a_list_is_not_an_error()
    {
        var config = Load("rules:\n  disable: [secrets/jwt, secrets/jwt]\n  enable: [secrets/entropy, secrets/entropy]\n");

        Assert.True(config.Succeeded, string.Join("\n", config.Problems));
        Assert.Equal(["secrets/jwt"], config.Value!.Rules.Disabled.Keys);
        Assert.Equal(["secrets/entropy"], config.Value.Rules.Enabled.Keys);
    }

    [Fact]
    public void Every_problem_in_the_file_is_reported_together()
    {
        var config = Load("fail_on: high\ndemo:\n  colour: red\nsuppressions:\n  - reason: x\n");

        Assert.Equal([Where(1), Where(3), Where(5)], config.Problems.Select(p => p.Where).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_a_mapping_or_not_yaml_is_a_problem_not_an_exception()
    {
        Assert.Contains("must be a mapping", Assert.Single(Load("- a\n- b\n").Problems).Message, StringComparison.Ordinal);
        Assert.StartsWith("invalid YAML", Assert.Single(Load("fail-on: [high\n").Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_written_twice_is_a_problem_not_an_exception()
    {
        var config = Load("fail-on: high\nfail-on: low\n");

        Assert.False(config.Succeeded);
        Assert.Contains(config.Problems, p => p.Where.EndsWith(":2", StringComparison.Ordinal));
    }
}
