using static Bulwark.Scanners.Iac.Tests.Terraform.TerraformFixture;

namespace Bulwark.Scanners.Iac.Tests.Terraform;

public class TerraformSuppressionTests
{
    [Fact]
    public void Comments_above_a_block_or_on_its_first_line_cover_the_block()
    {
        var resources = Resources(("main.tf", """
            # tfsec:ignore:aws-s3-enable-versioning
            # bulwark:ignore=terraform/aws/s3-versioning reviewed with security, ticket SEC-12
            resource "aws_s3_bucket" "a" {
            }

            resource "aws_s3_bucket" "b" { # trivy:ignore:AVD-AWS-0090
            }

            # kics-scan ignore-block

            resource "aws_s3_bucket" "c" {
            }
            """));

        var a = Single(resources, "aws_s3_bucket.a");
        Assert.Equal(["tfsec", "bulwark"], a.Suppressions.Select(s => s.Tool));
        Assert.Equal("reviewed with security, ticket SEC-12", a.Suppressions[1].Reason);
        Assert.Equal("AVD-AWS-0090", Assert.Single(Single(resources, "aws_s3_bucket.b").Suppressions).RuleId);

        // A blank line separates a comment from the block below it.
        Assert.Empty(Single(resources, "aws_s3_bucket.c").Suppressions);
    }

    [Fact]
    public void Checkov_skips_anywhere_inside_a_block_cover_it_and_other_comments_cover_a_line()
    {
        var documents = Load(("main.tf", """
            resource "aws_s3_bucket" "a" {
              #checkov:skip=CKV_AWS_18:access logs go to the SIEM
              acl = "public-read" # tfsec:ignore:aws-s3-no-public-access-with-acl
              # kics-scan ignore-line
              versioning {
                enabled = false
              }
            }
            """));

        var bucket = Assert.Single(Assert.Single(documents).Resources);
        var skip = Assert.Single(bucket.Suppressions);
        Assert.Equal(("checkov", "CKV_AWS_18", "access logs go to the SIEM"), (skip.Tool, skip.RuleId, skip.Reason));
        var lines = documents[0].LineSuppressions.Select(l => (l.Suppression.Tool, l.Suppression.CoversLine)).ToList();
        Assert.Equal([("tfsec", 3), ("kics", 5)], lines);
    }

    [Fact]
    public void A_kics_file_level_comment_covers_every_block_in_the_file()
    {
        var resources = Resources(("main.tf", """
            # kics-scan disable=e592a0c5-5bdb-414c-9066-5dba7cdea370

            resource "aws_s3_bucket" "a" {}

            resource "aws_s3_bucket" "b" {}
            """));

        Assert.All(resources, r => Assert.Equal("e592a0c5-5bdb-414c-9066-5dba7cdea370", Assert.Single(r.Suppressions).RuleId));
    }
}
