using Bulwark.Scanners.Iac.Model;
using static Bulwark.Scanners.Iac.Tests.Terraform.TerraformFixture;

namespace Bulwark.Scanners.Iac.Tests.Terraform;

public class TerraformVariableTests
{
    private const string Variables = """
        variable "acl" {
          default = "public-read"
        }

        variable "region" {}
        """;

    private const string Bucket = """
        resource "aws_s3_bucket" "logs" {
          bucket = "logs-${var.region}"
          acl    = var.acl
        }
        """;

    [Fact]
    public void A_default_flows_to_where_it_is_used_and_says_where_it_came_from()
    {
        var bucket = Single(Resources(("variables.tf", Variables), ("main.tf", Bucket)), "aws_s3_bucket.logs");

        var acl = At(bucket, "acl")!;
        Assert.Equal("public-read", ((IacString)acl).Value);
        Assert.Equal(3, acl.Range.StartLine);
        Assert.Equal("default of var.acl (variables.tf:2)", acl.Origin);
    }

    [Fact]
    public void A_variable_without_default_or_tfvars_is_unknown_and_so_is_what_it_is_part_of()
    {
        var bucket = Single(Resources(("variables.tf", Variables), ("main.tf", Bucket)), "aws_s3_bucket.logs");

        Assert.IsType<IacUnknown>(At(bucket, "bucket"));
    }

    [Fact]
    public void Tfvars_win_over_defaults_and_auto_tfvars_win_over_terraform_tfvars()
    {
        var resources = Resources(
            ("variables.tf", Variables), ("main.tf", Bucket),
            ("terraform.tfvars", "acl = \"private\"\nregion = \"eu-west-1\"\n"),
            ("prod.auto.tfvars", "acl = \"authenticated-read\"\n"));
        var bucket = Single(resources, "aws_s3_bucket.logs");

        Assert.Equal("authenticated-read", Text(bucket, "acl"));
        Assert.Equal("logs-eu-west-1", Text(bucket, "bucket"));
        Assert.Equal("var.acl from prod.auto.tfvars:1", At(bucket, "acl")!.Origin);
    }

    [Fact]
    public void Locals_are_evaluated_through_functions_and_a_cycle_is_unknown_not_a_crash()
    {
        var resources = Resources(("main.tf", """
            locals {
              tags    = merge({ team = "core" }, { env = "prod" })
              name    = format("%s-%s", local.tags.team, lookup(local.tags, "env", "dev"))
              subnet  = cidrsubnet("10.0.0.0/16", 8, 3)
              policy  = jsonencode({ Version = "2012-10-17", Statement = [] })
              loop_a  = local.loop_b
              loop_b  = local.loop_a
            }

            resource "aws_subnet" "a" {
              cidr_block = local.subnet
              tags       = { Name = local.name, Loop = local.loop_a }
              policy     = local.policy
            }
            """));
        var subnet = Single(resources, "aws_subnet.a");

        Assert.Equal("10.0.3.0/24", Text(subnet, "cidr_block"));
        Assert.Equal("core-prod", Text(subnet, "tags.Name"));
        Assert.IsType<IacUnknown>(At(subnet, "tags.Loop"));
        Assert.Equal("{\"Statement\":[],\"Version\":\"2012-10-17\"}", Text(subnet, "policy"));
    }

    [Fact]
    public void A_condition_on_an_unknown_value_is_unknown_unless_both_branches_agree()
    {
        var resources = Resources(("main.tf", """
            variable "prod" {}

            resource "aws_ebs_volume" "v" {
              encrypted  = var.prod ? true : true
              kms_key_id = var.prod ? "alias/prod" : "alias/dev"
              size       = var.prod == null ? 10 : 20
            }
            """));
        var volume = Single(resources, "aws_ebs_volume.v");

        Assert.True(((IacBool)At(volume, "encrypted")!).Value);
        Assert.IsType<IacUnknown>(At(volume, "kms_key_id"));
        Assert.IsType<IacUnknown>(At(volume, "size"));
    }

    [Fact]
    public void A_reference_to_another_resource_is_unknown_but_remembers_the_address()
    {
        var resources = Resources(("main.tf", """
            resource "aws_s3_bucket" "b" {
              bucket = "data"
            }

            resource "aws_s3_bucket_public_access_block" "b" {
              bucket            = aws_s3_bucket.b.id
              block_public_acls = true
            }
            """));
        var block = Single(resources, "aws_s3_bucket_public_access_block.b");

        var bucket = At(block, "bucket")!;
        Assert.IsType<IacUnknown>(bucket);
        Assert.Contains("aws_s3_bucket.b", bucket.References);
    }

    [Fact]
    public void A_jsonencoded_policy_with_a_reference_keeps_its_known_parts()
    {
        var resources = Resources(("main.tf", """
            resource "aws_s3_bucket" "b" {}

            resource "aws_s3_bucket_policy" "p" {
              bucket = aws_s3_bucket.b.id
              policy = jsonencode({
                Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "${aws_s3_bucket.b.arn}/*" }]
              })
            }
            """));
        var policy = Single(resources, "aws_s3_bucket_policy.p");

        Assert.Equal("*", Text(policy, "policy.Statement.0.Principal"));
        Assert.IsType<IacUnknown>(At(policy, "policy.Statement.0.Resource"));
    }
}
