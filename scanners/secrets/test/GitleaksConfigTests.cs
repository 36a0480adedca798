using Bulwark.Scanners.Secrets.Gitleaks;
using Bulwark.Scanners.Secrets.Loading;
using Bulwark.Scanners.Secrets.Verify;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Secrets.Tests;

public sealed class GitleaksConfigTests : IDisposable
{
    private const string AcmeRule = """
        [[rules]]
        id = "acme-key"
        description = "Acme API key"
        regex = '''acme_[a-z0-9]{16}'''
        keywords = ["acme_"]
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("bulwark-gitleaks-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string AcmeKey(int seed) => "acme_" + Fake.Random(16, seed, "abcdefghijklmnopqrstuvwxyz0123456789");

    private string Write(string relative, string toml)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, toml);
        return path;
    }

    private Created<SecretRuleSet> Load(string toml, string relative = "gitleaks.toml") =>
        GitleaksConfig.Load(Write(relative, toml), relative, Fake.BuiltInRules);

    private static SecretRuleSet Loaded(Created<SecretRuleSet> created)
    {
        Assert.True(created.Succeeded, string.Join("\n", created.Problems));
        return created.Value!;
    }

    private static IReadOnlyList<Finding> Scan(SecretRuleSet set, string text, string path = "src/app.txt") =>
        RuleVerifier.Run(Fake.Scanner(set), text, path);

    private static string[] Ids(SecretRuleSet set) => [.. set.Rules.Select(r => r.Info.Id)];

    [Fact]
    public void Without_use_default_only_the_config_rules_run()
    {
        var implicitly = Loaded(Load(AcmeRule));
        var explicitly = Loaded(Load("[extend]\nuseDefault = false\n" + AcmeRule));

        Assert.Equal(["secrets/acme-key"], Ids(implicitly));
        Assert.Equal(["secrets/acme-key"], Ids(explicitly));
        Assert.Empty(Scan(implicitly, "TOKEN=" + Fake.GitHubToken(61)));
        Assert.Equal("secrets/acme-key", Assert.Single(Scan(implicitly, "key = " + AcmeKey(62))).RuleId);
    }

    [Fact]
    public void With_use_default_the_built_in_rules_run_as_well()
    {
        var set = Loaded(Load("[extend]\nuseDefault = true\n" + AcmeRule));

        Assert.Equal(Fake.BuiltInRules.Rules.Count + 1, set.Rules.Count);
        Assert.Contains("secrets/acme-key", Ids(set));
        Assert.Equal("secrets/github-token", Assert.Single(Scan(set, "TOKEN=" + Fake.GitHubToken(63))).RuleId);
        Assert.Equal("secrets/acme-key", Assert.Single(Scan(set, "key = " + AcmeKey(64))).RuleId);
    }

    [Fact]
    public void An_imported_rule_keeps_its_description_keywords_and_gitleaks_id()
    {
        var rule = Assert.Single(Loaded(Load(AcmeRule)).Rules);

        Assert.Equal("Acme API key", rule.Info.Title);
        Assert.Equal(["acme_"], rule.Keywords);
        Assert.Equal(["acme-key"], rule.CompatibleIds);
        Assert.Contains("gitleaks.toml", rule.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Extend_path_is_resolved_against_the_including_file_and_chains()
    {
        Write("shared/root.toml", "[[rules]]\nid = \"root-key\"\nregex = '''root_[0-9]{8}'''\nkeywords = [\"root_\"]\n");
        Write("shared/base/base.toml", "[extend]\npath = \"../root.toml\"\n[[rules]]\nid = \"base-key\"\nregex = '''base_[0-9]{8}'''\nkeywords = [\"base_\"]\n");
        var team = Write("teams/payments/gitleaks.toml", "[extend]\npath = \"../../shared/base/base.toml\"\n" + AcmeRule);

        var set = Loaded(GitleaksConfig.Load(team, "teams/payments/gitleaks.toml", Fake.BuiltInRules));

        Assert.Equal(["secrets/root-key", "secrets/base-key", "secrets/acme-key"], Ids(set));
        Assert.Single(Scan(set, "a = root_12345678"));
    }

    [Fact]
    public void A_rule_in_the_including_file_replaces_the_extended_rule_with_the_same_id()
    {
        Write("base.toml", "[[rules]]\nid = \"acme-key\"\ndescription = \"old\"\nregex = '''acme_[a-z]{16}'''\nkeywords = [\"acme_\"]\n");

        var set = Loaded(Load("[extend]\npath = \"base.toml\"\n" + AcmeRule));

        Assert.Equal("Acme API key", Assert.Single(set.Rules).Info.Title);
    }

    [Fact]
    public void A_missing_extended_file_is_a_problem_naming_it()
    {
        var problem = Assert.Single(Load("[extend]\npath = \"nowhere.toml\"\n").Problems);

        Assert.Equal("nowhere.toml", problem.Where);
        Assert.Contains("cannot read gitleaks config", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disabled_rules_named_by_a_shared_gitleaks_id_disable_every_built_in_rule_with_that_id()
    {
        var sharing = Fake.BuiltInRules.Rules.Where(r => r.CompatibleIds.Contains("stripe-access-token")).Select(r => r.Info.Id).ToList();

        var set = Loaded(Load("[extend]\nuseDefault = true\ndisabledRules = [\"stripe-access-token\", \"github-pat\", \"secrets/jwt\"]\n"));

        Assert.Equal(["secrets/stripe-live-restricted-key", "secrets/stripe-live-secret-key", "secrets/stripe-test-key"], sharing.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Ids(set), sharing.Contains);
        Assert.DoesNotContain("secrets/github-token", Ids(set));
        Assert.DoesNotContain("secrets/jwt", Ids(set));
        Assert.Contains("secrets/stripe-webhook-secret", Ids(set));
        Assert.Equal(Fake.BuiltInRules.Rules.Count - 5, set.Rules.Count);
        Assert.Empty(Scan(set, "STRIPE_KEY=" + "sk_" + "live_" + Fake.Random(24, 65)));
    }

    [Fact]
    public void A_rule_without_keywords_runs_on_every_line()
    {
        var set = Loaded(Load("[[rules]]\nid = \"bare\"\nregex = '''zz[0-9]{8}zz'''\n"));

        Assert.Single(Scan(set, "x = zz12345678zz"));
    }

    [Fact]
    public void A_rule_path_limits_it_to_matching_files()
    {
        var set = Loaded(Load(AcmeRule + "\npath = '''\\.env$'''\n"));

        Assert.Single(Scan(set, "key=" + AcmeKey(66), "deploy/prod.env"));
        Assert.Empty(Scan(set, "key=" + AcmeKey(66), "deploy/prod.txt"));
    }

    [Fact]
    public void A_rule_path_that_does_not_compile_is_a_problem()
    {
        var problem = Assert.Single(Load(AcmeRule + "\npath = '''([unclosed'''\n").Problems);

        Assert.Contains("rule 'acme-key'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("path", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secret_group_and_entropy_are_honoured()
    {
        var set = Loaded(Load("""
            [[rules]]
            id = "grouped"
            regex = '''(?P<name>key)=(?P<value>[a-z0-9]{12})'''
            secretGroup = 2
            entropy = 3.0
            keywords = ["key="]
            """));

        var finding = Assert.Single(Scan(set, "key=" + Fake.Random(12, 67, "abcdefghijklmnopqrstuvwxyz0123456789")));
        Assert.Equal("12", finding.Properties["secretLength"]);
        Assert.Empty(Scan(set, "key=aaaaaabbbbbb"));
    }

    [Fact]
    public void The_old_global_allowlist_drops_secrets_matching_its_regexes()
    {
        var allowed = "acme_0000" + Fake.Random(12, 68, "abcdef0123456789");
        var set = Loaded(Load(AcmeRule + "\n[allowlist]\ndescription = \"test keys\"\nregexes = ['''^acme_0000''']\n"));

        Assert.Empty(Scan(set, "key = " + allowed));
        Assert.Single(Scan(Loaded(Load(AcmeRule)), "key = " + allowed));
        Assert.Single(Scan(set, "key = " + AcmeKey(69)));
    }

    [Fact]
    public void A_global_allowlist_also_applies_to_built_in_rules()
    {
        var token = Fake.GitHubToken(70);
        var set = Loaded(Load($"[extend]\nuseDefault = true\n[allowlist]\nregexes = ['''^{token[..12]}''']\n"));

        Assert.Empty(Scan(set, "TOKEN=" + token));
        Assert.Single(Scan(set, "TOKEN=" + Fake.GitHubToken(71)));
    }

    [Fact]
    public void A_config_allowlist_applies_even_to_a_built_in_rule_that_skips_placeholder_filters()
    {
        var text = Fake.PrivateKey(83).TrimEnd('\n') + " # fixture-key\n";
        var set = Loaded(Load("[extend]\nuseDefault = true\n[[allowlists]]\nregexTarget = \"line\"\nregexes = ['''fixture-key''']\n"));

        Assert.False(Fake.BuiltInRules.Rules.Single(r => r.Info.Id == "secrets/private-key").FilterPlaceholders);
        Assert.Single(Fake.Scan(text, "test/key.pem"));
        Assert.Empty(Scan(set, text, "test/key.pem"));
    }

    [Fact]
    public void A_new_style_allowlist_can_match_the_whole_line()
    {
        var set = Loaded(Load(AcmeRule + "\n[[allowlists]]\nregexTarget = \"line\"\nregexes = ['''#\\s*test fixture''']\n"));

        Assert.Empty(Scan(set, "key = " + AcmeKey(72) + "  # test fixture"));
        Assert.Single(Scan(set, "key = " + AcmeKey(72)));
    }

    [Fact]
    public void A_match_target_allowlist_sees_the_whole_match_not_only_the_secret()
    {
        const string Rule = """
            [[rules]]
            id = "assigned"
            regex = '''(?:token|key)=(acme_[a-z0-9]{16})'''
            keywords = ["acme_"]
            """;
        var set = Loaded(Load(Rule + "\n[[allowlists]]\nregexTarget = \"match\"\nregexes = ['''^token=''']\n"));

        Assert.Empty(Scan(set, "token=" + AcmeKey(73)));
        Assert.Single(Scan(set, "key=" + AcmeKey(73)));
    }

    [Fact]
    public void An_and_condition_needs_both_the_path_and_the_regex()
    {
        var fixtureKey = "acme_ffff" + Fake.Random(12, 74, "abcdef0123456789");
        var set = Loaded(Load(AcmeRule + "\n[[allowlists]]\ncondition = \"AND\"\npaths = ['''^test/''']\nregexes = ['''^acme_ffff''']\n"));

        Assert.Empty(Scan(set, "k=" + fixtureKey, "test/keys.txt"));
        Assert.Single(Scan(Loaded(Load(AcmeRule)), "k=" + fixtureKey, "test/keys.txt"));
        Assert.Single(Scan(set, "k=" + AcmeKey(75), "test/keys.txt"));
        Assert.Single(Scan(set, "k=" + fixtureKey, "src/keys.txt"));
        Assert.True(Fake.Scanner(set).Wants(new ProbeFile("test/keys.txt")));
    }

    [Fact]
    public void Without_a_condition_an_allowlisted_path_skips_the_whole_file()
    {
        var set = Loaded(Load(AcmeRule + "\n[[allowlists]]\npaths = ['''^test/''']\nregexes = ['''^never''']\n"));

        Assert.False(Fake.Scanner(set).Wants(new ProbeFile("test/keys.txt")));
        Assert.True(Fake.Scanner(set).Wants(new ProbeFile("src/keys.txt")));
    }

    [Fact]
    public void Target_rules_limit_an_allowlist_to_the_rules_it_names_by_gitleaks_id()
    {
        var set = Loaded(Load("[extend]\nuseDefault = true\n" + AcmeRule + "\n[[allowlists]]\ntargetRules = [\"github-pat\"]\nregexTarget = \"line\"\nregexes = ['''allowed''']\n"));

        var findings = Scan(set, $"allowed: {Fake.GitHubToken(76)} {AcmeKey(77)}");

        Assert.Equal("secrets/acme-key", Assert.Single(findings).RuleId);
        Assert.Single(Scan(set, $"other: {Fake.GitHubToken(76)}"));
    }

    [Fact]
    public void Stopwords_drop_secrets_that_contain_them_whatever_the_case()
    {
        var set = Loaded(Load(AcmeRule + "\n[allowlist]\nstopwords = [\"DEV0\"]\n"));

        Assert.Empty(Scan(set, "key = acme_" + Fake.Random(6, 78, "abc123") + "dev0" + Fake.Random(6, 79, "abc123")));
        Assert.Single(Scan(set, "key = " + AcmeKey(80)));
    }

    [Fact]
    public void A_rule_allowlist_applies_to_that_rule_only()
    {
        var set = Loaded(Load("""
            [[rules]]
            id = "acme-key"
            regex = '''acme_[a-z0-9]{16}'''
            keywords = ["acme_"]
            [rules.allowlist]
            regexes = ['''^acme_0000''']

            [[rules]]
            id = "other-key"
            regex = '''other_[a-z0-9]{16}'''
            keywords = ["other_"]
            """));

        Assert.Empty(Scan(set, "k = acme_0000" + Fake.Random(12, 81, "abc123")));
        Assert.Single(Scan(Loaded(Load(AcmeRule)), "k = acme_0000" + Fake.Random(12, 81, "abc123")));
        Assert.Single(Scan(set, "k = other_0000" + Fake.Random(12, 81, "abc123")));
        Assert.Single(Scan(set, "k = " + AcmeKey(82)));
    }

    [Fact]
    public void A_non_numeric_entropy_is_a_problem_not_a_crash()
    {
        var problem = Assert.Single(Load("[[rules]]\nid = \"acme\"\nregex = '''acme_[a-z]{16}'''\nentropy = \"high\"\n").Problems);
        Assert.Contains("'entropy' must be a number", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_composite_rule_is_refused_with_a_message()
    {
        var problem = Assert.Single(Load(AcmeRule + "\n[[rules.required]]\nid = \"other\"\nwithinLines = 3\n").Problems);

        Assert.Equal("gitleaks.toml", problem.Where);
        Assert.Contains("rule 'acme-key': composite rules ([[rules.required]]) are not supported", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_with_only_a_path_is_refused_with_a_message()
    {
        var problem = Assert.Single(Load("[[rules]]\nid = \"pem-files\"\npath = '''\\.pem$'''\n").Problems);

        Assert.Contains("rule 'pem-files'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("path-only rules", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_whose_regex_does_not_compile_or_is_ungreedy_is_a_problem()
    {
        var problems = Load("[[rules]]\nid = \"broken\"\nregex = '''acme_([a-z'''\n[[rules]]\nid = \"lazy\"\nregex = '''(?U)acme_.+'''\n").Problems;

        Assert.Equal(2, problems.Count);
        Assert.Contains("rule 'broken': regex does not compile", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("(?U)", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_toml_is_a_problem_naming_the_file()
    {
        var problem = Assert.Single(Load("[[rules]\nid = \"x\"\n", "conf/gitleaks.toml").Problems);

        Assert.Equal("conf/gitleaks.toml", problem.Where);
        Assert.StartsWith("invalid TOML", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_without_an_id_is_a_problem()
    {
        Assert.Contains("has no 'id'", Assert.Single(Load("[[rules]]\nregex = '''x'''\n").Problems).Message, StringComparison.Ordinal);
    }

    private sealed class ProbeFile : SourceFile
    {
        [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
        public ProbeFile(string path)
        {
            Path = path;
            Size = 0;
        }

        public override Stream OpenRead() => new MemoryStream();
    }
}
