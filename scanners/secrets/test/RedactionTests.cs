using Bulwark.Scanners.Secrets.Output;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Secrets.Tests;

public sealed class RedactionTests
{
    public static TheoryData<string, string> Secrets() => new()
    {
        { "github token", Fake.GitHubToken(21) },
        { "password", Fake.Password(22) },
        { "jwt", Fake.Jwt(23) },
    };

    private static IEnumerable<string> Printed(Finding finding) =>
        [finding.Message, finding.Evidence ?? "", .. finding.Snippet.Select(l => l.Text), .. finding.Properties.Keys, .. finding.Properties.Values, finding.Title, finding.Fingerprint];

    // Any 8 characters of the secret past its first 4 (the most a redaction shows) must not be printed.
    private static void AssertNotPrinted(string secret, Finding finding)
    {
        foreach (var text in Printed(finding))
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            for (var i = 1; i + 8 <= secret.Length; i++)
            {
                Assert.DoesNotContain(secret.Substring(i, 8), text, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("ghp_0123456789abcdefghijklmnopqrstuvwxyz", "ghp_…[redacted:40]")]
    [InlineData("abcdefghij", "ab…[redacted:10]")]
    [InlineData("abcd", "…[redacted:4]")]
    [InlineData("", "…[redacted:0]")]
    public void The_redacted_form_shows_at_most_four_characters_and_the_length(string secret, string redacted)
    {
        Assert.Equal(redacted, Redaction.Of(secret));
        Assert.True(Redaction.Of(secret).IndexOf('…', StringComparison.Ordinal) <= 4);
    }

    [Theory]
    [MemberData(nameof(Secrets))]
    public void A_finding_never_prints_the_secret(string kind, string secret)
    {
        var text = $"# {kind}\nconst token = \"{secret}\";\napi_token = \"{secret}\"\n";
        if (kind == "password")
        {
            text = $"# {kind}\ndb_password = \"{secret}\"\n";
        }

        var findings = Fake.Scan(text, "src/settings.py");

        Assert.NotEmpty(findings);
        Assert.All(findings, finding =>
        {
            Assert.Contains("[redacted:" + secret.Length + "]", finding.Message, StringComparison.Ordinal);
            Assert.Contains("[redacted:" + secret.Length + "]", finding.Evidence, StringComparison.Ordinal);
            AssertNotPrinted(secret, finding);
        });
    }

    [Fact]
    public void A_neighbouring_secret_on_the_next_line_is_redacted_in_the_snippet_too()
    {
        var token = Fake.GitHubToken(24);
        var password = Fake.Password(25);
        var text = $"github = \"{token}\"\ndb_password = \"{password}\"\nother = 1\n";

        var findings = Fake.Scan(text);
        var tokenFinding = Assert.Single(findings, f => f.RuleId == "secrets/github-token");

        Assert.Equal(2, findings.Count);
        Assert.Contains(tokenFinding.Snippet, line => line.Number == 2 && line.Text.StartsWith("db_password = \"", StringComparison.Ordinal));
        Assert.All(findings, f => AssertNotPrinted(password, f));
        Assert.All(findings, f => AssertNotPrinted(token, f));
    }

    [Fact]
    public void Every_body_line_of_a_multi_line_private_key_is_redacted_in_the_snippet()
    {
        var key = Fake.PrivateKey(26, lines: 8);
        var bodyLines = key.Split('\n')[1..^2];

        var finding = Assert.Single(Fake.Scan("before\n" + key + "after\n", "id_rsa"));

        Assert.Equal(8, bodyLines.Length);
        Assert.Equal(Enumerable.Range(1, 12), finding.Snippet.Select(l => l.Number));
        Assert.Equal("-----BEGIN " + "RSA PRIVATE KEY-----", finding.Snippet.Single(l => l.Number == 2).Text);
        Assert.All(finding.Snippet.Where(l => l.Number is >= 3 and <= 10), line => Assert.Equal("…[redacted]", line.Text));
        Assert.Equal("-----END " + "RSA PRIVATE KEY-----", finding.Snippet.Single(l => l.Number == 11).Text);
        foreach (var body in bodyLines)
        {
            AssertNotPrinted(body, finding);
        }
    }

    [Fact]
    public void A_very_long_line_is_shortened_around_the_secret()
    {
        var token = Fake.GitHubToken(27);
        var filler = string.Concat(Enumerable.Repeat("a.b=function(c){return c+1};", 1000));
        var line = filler + "var t=\"" + token + "\";" + filler;

        var finding = Assert.Single(Fake.Scan(line, "dist/app.min.js"));

        Assert.True(line.Length > 50_000);
        var shown = Assert.Single(finding.Snippet);
        Assert.InRange(shown.Text.Length, 100, 162);
        Assert.StartsWith("…", shown.Text, StringComparison.Ordinal);
        Assert.EndsWith("…", shown.Text, StringComparison.Ordinal);
        Assert.Contains("var t=\"" + Redaction.Of(token) + "\";", shown.Text, StringComparison.Ordinal);
        Assert.InRange(finding.Evidence!.Length, 1, 162);
        AssertNotPrinted(token, finding);
    }
}
