using Bulwark.Scanners.Iac.Policy;
using Bulwark.Scanners.Iac.Scanning;

namespace Bulwark.Scanners.Iac.Tests.Suppressions;

/// <summary>Every supported comment syntax, end to end: the finding it names moves to the suppressed list.</summary>
public class SuppressionMatchingTests
{
    private static readonly IacRule Rule = RuleFileReader.Parse("test.yaml", """
        platform: terraform
        rules:
          - id: iac/test-public-acl
            title: Public ACL
            severity: high
            resource: aws_s3_bucket_acl
            description: d
            remediation: r
            references: [CWE-732]
            aliases: [iac/old-public-acl]
            peers:
              checkov: [CKV_AWS_20]
              tfsec: [aws-s3-no-public-access-with-acl]
              trivy: [AVD-AWS-0092]
              kics: [d0cc6d3b-0000-4000-8000-000000000001]
            violation: { attribute: acl, equals: public-read }
        """).Value!.Single();

    private static (int Reported, IReadOnlyList<string> Sources) Scan(string tf)
    {
        var documents = IacPipeline.Load([new IacInput("main.tf", tf)]);
        var (findings, suppressed) = IacPipeline.Evaluate(documents, new RuleEvaluator([Rule]), _ => tf, _ => null);
        return (findings.Count(f => f.RuleId == Rule.Info.Id), suppressed.Select(s => s.Source ?? "").ToList());
    }

    [Theory]
    [InlineData("# bulwark:ignore=iac/test-public-acl shared read-only mirror", "bulwark:ignore=iac/test-public-acl")]
    [InlineData("# bulwark:ignore=iac/old-public-acl renamed rule still honoured", "bulwark:ignore=iac/old-public-acl")]
    [InlineData("// bulwark:ignore every rule, generated file", "bulwark:ignore")]
    [InlineData("#checkov:skip=CKV_AWS_20:public website", "checkov:skip=CKV_AWS_20")]
    [InlineData("# tfsec:ignore:aws-s3-no-public-access-with-acl", "tfsec:ignore:aws-s3-no-public-access-with-acl")]
    [InlineData("# trivy:ignore:AVD-AWS-0092", "trivy:ignore:AVD-AWS-0092")]
    [InlineData("# tfsec:ignore:AVD-AWS-0092", "tfsec:ignore:AVD-AWS-0092")]
    [InlineData("/* kics-scan ignore-block */", "kics-scan ignore-block")]
    [InlineData("# kics-scan disable=d0cc6d3b-0000-4000-8000-000000000001", "kics-scan disable=d0cc6d3b-0000-4000-8000-000000000001")]
    public void A_comment_above_the_resource_suppresses_the_rule_it_names(string comment, string described)
    {
        var (reported, sources) = Scan($"{comment}\nresource \"aws_s3_bucket_acl\" \"b\" {{\n  acl = \"public-read\"\n}}\n");

        Assert.Equal(0, reported);
        Assert.Equal($"main.tf:1 ({described})", Assert.Single(sources));
    }

    [Theory]
    [InlineData("  acl = \"public-read\" # tfsec:ignore:aws-s3-no-public-access-with-acl")]
    [InlineData("  acl = \"public-read\" # bulwark:ignore=iac/test-public-acl")]
    [InlineData("  # kics-scan ignore-line\n  acl = \"public-read\"")]
    [InlineData("  # trivy:ignore:AVD-AWS-0092\n  acl = \"public-read\"")]
    public void A_comment_on_or_above_the_line_suppresses_the_finding_on_that_line(string body)
    {
        var (reported, sources) = Scan($"resource \"aws_s3_bucket_acl\" \"b\" {{\n{body}\n}}\n");

        Assert.Equal(0, reported);
        Assert.Single(sources);
    }

    [Theory]
    [InlineData("#checkov:skip=CKV_AWS_21:a different check")]
    [InlineData("# tfsec:ignore:aws-s3-enable-versioning")]
    [InlineData("# bulwark:ignore=iac/another-rule")]
    [InlineData("# kics-scan disable=00000000-0000-4000-8000-000000000000")]
    public void A_comment_naming_another_check_suppresses_nothing(string comment)
    {
        var (reported, sources) = Scan($"{comment}\nresource \"aws_s3_bucket_acl\" \"b\" {{\n  acl = \"public-read\"\n}}\n");

        Assert.Equal(1, reported);
        Assert.Empty(sources);
    }

    [Fact]
    public void A_line_comment_on_another_attribute_does_not_suppress_a_finding_elsewhere_in_a_nested_block()
    {
        var (reported, _) = Scan("resource \"aws_s3_bucket_acl\" \"b\" {\n  bucket = \"x\" # tfsec:ignore:aws-s3-no-public-access-with-acl\n\n  acl = \"public-read\"\n}\n");

        Assert.Equal(1, reported);
    }

    [Theory]
    [InlineData("FROM debian:12\n# hadolint ignore=DL3009,DL3008\nRUN apt-get install -y curl\n", 0)]
    [InlineData("# hadolint global ignore=DL3008\nFROM debian:12\nRUN apt-get install -y curl\n", 0)]
    [InlineData("FROM debian:12\n# hadolint ignore=DL3009\nRUN apt-get install -y curl\n", 1)]
    public void Hadolint_ignore_comments_in_a_dockerfile_map_through_the_rules_peers(string dockerfile, int expected)
    {
        var rule = RuleFileReader.Parse("docker.yaml", """
            platform: dockerfile
            rules:
              - id: iac/test-apt-unpinned
                title: Unpinned apt package
                severity: low
                resource: dockerfile
                description: d
                remediation: r
                references: [CWE-1357]
                peers:
                  hadolint: [DL3008]
                violation: { attribute: "instructions[*].commands[*]", matches: "apt-get install" }
            """).Value!.Single();
        var documents = IacPipeline.Load([new IacInput("Dockerfile", dockerfile)]);
        var (findings, suppressed) = IacPipeline.Evaluate(documents, new RuleEvaluator([rule]), _ => dockerfile, _ => null);

        Assert.Equal(expected, findings.Count);
        Assert.Equal(1 - expected, suppressed.Count);
    }
}
