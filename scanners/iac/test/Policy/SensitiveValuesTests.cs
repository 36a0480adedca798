using Bulwark.Scanners.Iac.Policy;
using Bulwark.Scanners.Iac.Scanning;

namespace Bulwark.Scanners.Iac.Tests.Policy;

public class SensitiveValuesTests
{
    [Theory]
    [InlineData("  secret_key = \"wJalrXUtnFEMI/K7MDENG/bPxRfiCY\"", "  secret_key = \"***\"")]
    [InlineData("      MasterUserPassword: Sup3rSecret!", "      MasterUserPassword: ***")]
    [InlineData("ENV API_TOKEN=ghp_abcdefghijklmnop", "ENV API_TOKEN=***")]
    [InlineData("    - DB_PASSWORD=hunter22", "    - DB_PASSWORD=***")]
    [InlineData("  password = var.db_password", "  password = var.db_password")]
    [InlineData("      MasterUserPassword: !Ref DbPassword", "      MasterUserPassword: !Ref DbPassword")]
    [InlineData("    password: \"{{ vault_db_password }}\"", "    password: \"{{ vault_db_password }}\"")]
    [InlineData("  http_tokens = \"optional\"", "  http_tokens = \"optional\"")]
    [InlineData("  password = \"correct horse battery\" # rotated", "  password = \"***\" # rotated")]
    public void Literal_credentials_are_masked_and_references_kept(string line, string expected)
    {
        Assert.Equal(expected, SensitiveValues.RedactLine(line));
    }

    [Fact]
    public void A_finding_on_a_hard_coded_credential_never_repeats_it()
    {
        var rule = RuleFileReader.Parse("t.yaml", """
            platform: terraform
            rules:
              - id: iac/test-hard-coded-key
                title: Hard-coded key
                severity: high
                resource: provider.aws
                description: d
                remediation: r
                references: [CWE-798]
                violation: { attribute: secret_key, exists: true }
            """).Value!.Single();
        const string tf = "provider \"aws\" {\n  access_key = \"AKIAIOSFODNN7EXAMPLE\"\n  secret_key = \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"\n}\n";
        var documents = IacPipeline.Load([new IacInput("main.tf", tf)]);
        var (findings, _) = IacPipeline.Evaluate(documents, new RuleEvaluator([rule]), _ => tf, _ => null);

        var finding = Assert.Single(findings);
        var everything = string.Join("\n", [finding.Message, finding.Evidence ?? "", .. finding.Snippet.Select(s => s.Text)]);
        Assert.DoesNotContain("wJalrXUtnFEMI", everything);
        Assert.DoesNotContain("AKIAIOSFODNN7EXAMPLE", everything);
        Assert.Contains("secret_key is set to a literal value", finding.Message);
    }
}
