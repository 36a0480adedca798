using Bulwark.Scanners.Secrets.Loading;
using Bulwark.Scanners.Secrets.Matching;
using Bulwark.Scanners.Secrets.Verify;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Secrets.Tests;

public sealed class MatcherTests
{
    private static SecretRule Rule(string pattern, string[] keywords, bool multiline = false) => new()
    {
        Info = new RuleInfo { Id = "secrets/test-rule", Title = "test", Severity = Severity.High },
        Source = "test",
        Keywords = keywords,
        PatternText = pattern,
        SecretGroup = "0",
        Multiline = multiline,
    };

    private static List<string> Secrets(SecretRule rule, string text)
    {
        var matches = new Matcher([rule]).Find(text.AsMemory(), _ => true);
        return matches.Select(m => text.Substring(m.SecretStart, m.SecretLength)).ToList();
    }

    [Fact]
    public void Keywords_match_whatever_the_case_of_the_text()
    {
        var rule = Rule("(?i)tok_[a-z0-9]{16}", ["tok_"]);

        Assert.Equal(["TOK_ABCDEF0123456789"], Secrets(rule, "key: TOK_ABCDEF0123456789"));
        Assert.Equal(["Tok_abcdef0123456789"], Secrets(rule, "key: Tok_abcdef0123456789"));
    }

    [Fact]
    public void Without_its_keyword_in_the_text_a_rule_never_runs()
    {
        var rule = Rule("[a-z0-9]{16}", ["tok_"]);

        Assert.Empty(Secrets(rule, "abcdef0123456789 has the shape but no keyword"));
    }

    [Fact]
    public void A_keyword_repeated_many_times_on_a_line_runs_the_rule_once_and_reports_each_secret_once()
    {
        var rule = Rule("zz[0-9a-f]{8}zz", ["key"]);
        var text = string.Concat(Enumerable.Repeat("key ", 500)) + "zz0123abcdzz zz4567ef01zz key key zz0123abcdzz";
        var runs = 0;

        var matches = new Matcher([rule]).Find(text.AsMemory(), _ => { runs++; return true; });

        Assert.Equal(1, runs);
        Assert.Equal(["zz0123abcdzz", "zz4567ef01zz", "zz0123abcdzz"], matches.Select(m => text.Substring(m.SecretStart, m.SecretLength)));
        Assert.Equal(3, matches.Select(m => m.SecretStart).Distinct().Count());
    }

    [Fact]
    public void A_repeated_keyword_gives_one_finding_per_distinct_secret_in_a_full_scan()
    {
        var token = Fake.GitHubToken(1);
        var line = string.Concat(Enumerable.Repeat("gh" + "p_ ", 200)) + token + " " + token;

        var findings = Fake.Scan(line);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal("secrets/github-token", f.RuleId));
        Assert.Single(findings.Select(f => f.Fingerprint).Distinct());
    }

    [Fact]
    public void A_rule_looks_at_most_4096_characters_either_side_of_its_keyword_on_a_line()
    {
        // Matcher.Reach bounds the window on very long lines (minified code): a secret further from every
        // keyword occurrence is not seen.
        Assert.Equal(4096, Matcher.Reach);
        var rule = Rule("zz[0-9a-f]{16}zz", ["marker"]);
        const string Near = "zz0123456789abcdefzz";
        const string Inside = "zz1111111111111111zz";
        const string Far = "zzfedcba9876543210zz";
        var line = Far + new string('.', 5000) + "marker " + Near + new string('.', 3900) + Inside + new string('.', 1200) + Far;

        Assert.Equal([Near, Inside], Secrets(rule, line));
    }

    [Fact]
    public void A_secret_on_another_line_than_its_keyword_is_not_found_by_a_single_line_rule()
    {
        var rule = Rule("zz[0-9a-f]{16}zz", ["marker"]);

        Assert.Empty(Secrets(rule, "marker\nzz0123456789abcdefzz\n"));
        Assert.Single(Secrets(rule, "other\nmarker zz0123456789abcdefzz\n"));
    }

    [Fact]
    public void A_keyword_inside_an_earlier_window_still_gets_its_full_window()
    {
        // The second token starts inside the first keyword's window but ends past it: its own keyword's
        // window holds it whole, so it must be found, and not cut short.
        var rule = Rule("(?<![a-z0-9_])tok_[a-z0-9]{16,40}(?![a-z0-9_])", ["tok_"]);
        const string First = "tok_0123456789abcdef";
        const string Second = "tok_fedcba9876543210fedcba98";
        foreach (var gap in new[] { 4050, 4070, 4085, 4095, 4100, 8000 })
        {
            var line = First + new string(' ', gap - First.Length) + Second + " tail";

            Assert.Equal([First, Second], Secrets(rule, line));
        }
    }

    [Fact]
    public void Tokens_about_four_kilobytes_apart_on_one_long_line_are_both_found()
    {
        var first = Fake.GitHubToken(1);
        var second = Fake.GitHubToken(2);
        // The second token's keyword lies inside the first keyword's 4 KB window; the token runs past its end.
        var line = "a=\"" + first + "\";" + new string('x', 4030) + ";b=\"" + second + "\";";

        var findings = Fake.Scan(line, "bundle.min.js");

        Assert.Equal(2, findings.Count);
        Assert.Equal(2, findings.Select(f => f.Fingerprint).Distinct().Count());
    }

    [Fact]
    public void A_multi_line_rule_finds_a_pem_block_across_its_lines()
    {
        var key = Fake.PrivateKey(7, lines: 25);
        var text = "config:\n  key: |\n" + key + "done\n";

        var finding = Assert.Single(Fake.Scan(text, "deploy/key.yaml"));

        Assert.Equal("secrets/private-key", finding.RuleId);
        Assert.Equal(3, finding.Location.StartLine);
        Assert.Equal(3 + 25, finding.Location.EndLine);
    }

    [Fact]
    public void A_placeholder_key_block_before_a_real_one_does_not_hide_it()
    {
        var placeholder = "-----BEGIN " + "RSA PRIVATE KEY-----\n...\n-----END " + "RSA PRIVATE KEY-----\n";
        var text = "Example:\n" + placeholder + "\nOur test key:\n" + Fake.PrivateKey(8);

        var finding = Assert.Single(Fake.Scan(text, "README.md"));

        Assert.Equal("secrets/private-key", finding.RuleId);
        Assert.Equal(7, finding.Location.StartLine);
    }

    [Fact]
    public void A_truncated_sample_key_and_a_real_key_are_not_reported_as_one_block()
    {
        var sample = "-----BEGIN " + "RSA PRIVATE KEY-----\n" + Fake.Random(20, 3) + "\n-----END " + "RSA PRIVATE KEY-----\n";
        var text = sample + "\n" + Fake.PrivateKey(9);

        var finding = Assert.Single(Fake.Scan(text, "notes.txt"));

        Assert.Equal(5, finding.Location.StartLine);
    }

    [Fact]
    public void Two_secrets_on_one_line_are_both_found()
    {
        var first = Fake.GitHubToken(3);
        var second = Fake.GitHubToken(4);

        var findings = Fake.Scan($"tokens = [\"{first}\", \"{second}\"]");

        Assert.Equal(2, findings.Count);
        Assert.Equal(findings.Select(f => f.Location.StartColumn).Distinct().Count(), findings.Count);
    }

    [Fact]
    public void The_generic_rule_gives_way_when_a_specific_rule_reports_the_same_secret()
    {
        var line = "password = \"" + Fake.GitHubToken(5) + "\"";

        var finding = Assert.Single(Fake.Scan(line));
        var genericAlone = RuleVerifier.Run(Fake.Scanner(isEnabled: r => r.Id != "secrets/github-token"), line);

        Assert.Equal("secrets/github-token", finding.RuleId);
        Assert.Equal("secrets/generic-password", Assert.Single(genericAlone).RuleId);
    }

    [Fact]
    public void The_generic_rule_reports_a_password_no_specific_rule_claims()
    {
        var finding = Assert.Single(Fake.Scan("db_password = \"" + Fake.Password(6) + "\""));

        Assert.Equal("secrets/generic-password", finding.RuleId);
    }
}
