using System.Text.Json;

namespace Bulwark.Cli.Tests;

/// <summary>The iac scanner through the command line: values resolved like Terraform, modules, parse errors, suppressions.</summary>
public class IacScanTests
{
    // A project rule, so these tests pin the scanner's behaviour and not a built-in rule's wording.
    private const string SshRule = """
        platform: terraform
        rules:
          - id: iac/test-ssh-open-to-world
            title: SSH open to the world
            severity: high
            resource: aws_security_group_rule
            description: Port 22 reachable from anywhere.
            remediation: Restrict cidr_blocks.
            references: [CWE-284]
            peers:
              checkov: [CKV_AWS_24]
            violation:
              all-of:
                - { attribute: from_port, at-most: 22 }
                - { attribute: cidr_blocks, contains: 0.0.0.0/0 }
            tests:
              - input: |
                  resource "aws_security_group_rule" "r" {
                    from_port   = 22
                    cidr_blocks = ["0.0.0.0/0"]
                  }
                expect: [2]
              - input: |
                  resource "aws_security_group_rule" "r" {
                    from_port   = 22
                    cidr_blocks = ["10.0.0.0/8"]
                  }
                expect: []
        """;

    private static TempProject Project() => new TempProject()
        .Write("bulwark.yaml", "iac:\n  rules: [policy/ssh.yaml]\nscanners: [iac]\n")
        .Write("policy/ssh.yaml", SshRule);

    private static List<JsonElement> Findings(CliRun run, string rule) =>
        run.Json().GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == rule).ToList();

    [Fact]
    public void An_insecure_default_is_reported_where_it_is_used_and_a_secure_tfvars_override_is_not()
    {
        using var project = Project()
            .Write("prod/variables.tf", "variable \"acl\" {\n  default = \"public-read\"\n}\n")
            .Write("prod/main.tf", "resource \"aws_s3_bucket_acl\" \"site\" {\n  acl = var.acl\n}\n")
            .Write("dev/variables.tf", "variable \"acl\" {\n  default = \"public-read\"\n}\n")
            .Write("dev/main.tf", "resource \"aws_s3_bucket_acl\" \"site\" {\n  acl = var.acl\n}\n")
            .Write("dev/terraform.tfvars", "acl = \"private\"\n");

        var run = CliRun.Of(project.Root, "scan", ".", "--format", "json", "--fail-on", "none");

        var finding = Assert.Single(Findings(run, "iac/aws-s3-bucket-public-acl"));
        Assert.Equal("prod/main.tf", finding.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(2, finding.GetProperty("location").GetProperty("startLine").GetInt32());
        Assert.Equal("aws_s3_bucket_acl.site", finding.GetProperty("properties").GetProperty("resource").GetString());
        Assert.Equal("default of var.acl (prod/variables.tf:2)", finding.GetProperty("properties").GetProperty("valueFrom").GetString());
    }

    [Fact]
    public void A_module_that_opens_a_port_is_reported_in_the_module_with_the_address_and_call_site()
    {
        using var project = Project()
            .Write("main.tf", "module \"bastion\" {\n  source  = \"./modules/ssh\"\n  allowed = \"0.0.0.0/0\"\n}\n\nmodule \"internal\" {\n  source  = \"./modules/ssh\"\n  allowed = \"10.0.0.0/8\"\n}\n")
            .Write("modules/ssh/main.tf", "variable \"allowed\" {}\n\nresource \"aws_security_group_rule\" \"ssh\" {\n  from_port   = 22\n  cidr_blocks = [var.allowed]\n}\n");

        var run = CliRun.Of(project.Root, "scan", ".", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var finding = Assert.Single(Findings(run, "iac/test-ssh-open-to-world"));
        Assert.Equal("modules/ssh/main.tf", finding.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(4, finding.GetProperty("location").GetProperty("startLine").GetInt32());
        var properties = finding.GetProperty("properties");
        Assert.Equal("module.bastion.aws_security_group_rule.ssh", properties.GetProperty("resource").GetString());
        Assert.Equal("main.tf:1 module.bastion", properties.GetProperty("moduleCall").GetString());
    }

    [Fact]
    public void A_file_that_does_not_parse_is_reported_with_its_position_and_the_rest_is_still_scanned()
    {
        using var project = Project()
            .Write("broken/main.tf", "resource \"aws_s3_bucket\" \"b\" {\n  acl = \"private\n}\n")
            .Write("ok/main.tf", "resource \"aws_security_group_rule\" \"r\" {\n  from_port   = 22\n  cidr_blocks = [\"0.0.0.0/0\"]\n}\n")
            .Write("k8s/bad.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n");

        var run = CliRun.Of(project.Root, "scan", ".", "--format", "json", "--fail-on", "none");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Error);
        var errors = Findings(run, "iac/parse-error");
        Assert.Equal(["broken/main.tf", "k8s/bad.yaml"], errors.Select(e => e.GetProperty("location").GetProperty("path").GetString()).Order());
        Assert.All(errors, e => Assert.Matches(@"^[\w/.]+:\d+:\d+: ", e.GetProperty("message").GetString()));
        Assert.All(errors, e => Assert.Equal("info", e.GetProperty("severity").GetString()));
        Assert.Single(Findings(run, "iac/test-ssh-open-to-world"));

        Assert.Equal(3, CliRun.Of(project.Root, "scan", ".", "--fail-on", "none", "--fail-on-error").ExitCode);
    }

    [Fact]
    public void A_peer_tools_skip_comment_suppresses_the_mapped_rule_with_its_reason()
    {
        using var project = Project()
            .Write("main.tf", "#checkov:skip=CKV_AWS_24:bastion host, reviewed in SEC-7\nresource \"aws_security_group_rule\" \"r\" {\n  from_port   = 22\n  cidr_blocks = [\"0.0.0.0/0\"]\n}\n");

        var run = CliRun.Of(project.Root, "scan", ".", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(Findings(run, "iac/test-ssh-open-to-world"));
        var suppressed = Assert.Single(run.Json().GetProperty("suppressed").EnumerateArray());
        Assert.Equal("inline", suppressed.GetProperty("kind").GetString());
        Assert.Equal("bastion host, reviewed in SEC-7", suppressed.GetProperty("reason").GetString());
    }

    [Fact]
    public void Rules_list_filters_by_scanner_and_prints_json_with_peer_ids()
    {
        using var project = new TempProject();

        var run = CliRun.Of(project.Root, "rules", "list", "--scanner", "iac", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var rules = run.Json().EnumerateArray().ToList();
        Assert.All(rules, r => Assert.Equal("iac", r.GetProperty("scanner").GetString()));
        var acl = rules.Single(r => r.GetProperty("id").GetString() == "iac/aws-s3-bucket-public-acl");
        Assert.Contains("CKV_AWS_20", acl.GetProperty("peers").GetProperty("checkov").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("aws_s3_bucket_acl", acl.GetProperty("appliesTo").EnumerateArray().Select(e => e.GetString()));

        var table = CliRun.Of(project.Root, "rules", "list");
        Assert.Contains("secrets/github-token", table.Output);
        Assert.Matches(@"\d+ rules \(\d+ host, \d+ iac, \d+ integrity, \d+ packages, \d+ secrets\)", table.Output);
    }

    [Fact]
    public void Rules_show_finds_a_rule_by_its_id_or_a_peers_id_and_says_so_when_there_is_none()
    {
        using var project = new TempProject();

        var byPeer = CliRun.Of(project.Root, "rules", "show", "CKV_AWS_20");
        Assert.Equal(0, byPeer.ExitCode);
        Assert.StartsWith("iac/aws-s3-bucket-public-acl  (iac, high)", byPeer.Output, StringComparison.Ordinal);
        Assert.Contains("checkov: CKV_AWS_20", byPeer.Output);
        Assert.Contains("acl = \"private\"", byPeer.Output);

        var missing = CliRun.Of(project.Root, "rules", "show", "s3-bucket-public");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("did you mean iac/aws-s3-bucket-public-acl", missing.Error);
    }
}
