using Bulwark.Scanners.Iac.Model;
using static Bulwark.Scanners.Iac.Tests.Terraform.TerraformFixture;

namespace Bulwark.Scanners.Iac.Tests.Terraform;

public class TerraformExpansionTests
{
    [Fact]
    public void Count_makes_one_instance_per_index_and_zero_makes_none()
    {
        var resources = Resources(("main.tf", """
            resource "aws_instance" "web" {
              count = 2
              tags  = { Name = "web-${count.index}" }
            }

            resource "aws_instance" "off" {
              count = 0
            }
            """));

        Assert.Equal(["aws_instance.web[0]", "aws_instance.web[1]"], resources.Select(r => r.Address));
        Assert.Equal("web-1", Text(resources[1], "tags.Name"));
    }

    [Fact]
    public void For_each_over_a_map_makes_instances_by_key_with_each_value()
    {
        var resources = Resources(("main.tf", """
            locals {
              buckets = { logs = "private", site = "public-read" }
            }

            resource "aws_s3_bucket" "b" {
              for_each = local.buckets
              bucket   = each.key
              acl      = each.value
            }
            """));

        var site = Single(resources, "aws_s3_bucket.b[\"site\"]");
        Assert.Equal("public-read", Text(site, "acl"));
        Assert.Equal("site", Text(site, "bucket"));
        Assert.Equal(8, At(site, "acl")!.Range.StartLine);
    }

    [Fact]
    public void An_unknown_count_stands_for_every_instance_with_one_resource()
    {
        var resources = Resources(("main.tf", """
            variable "n" {}

            resource "aws_instance" "web" {
              count         = var.n
              ebs_optimized = false
            }
            """));

        var web = Assert.Single(resources);
        Assert.Equal("aws_instance.web", web.Address);
        Assert.False(((IacBool)At(web, "ebs_optimized")!).Value);
    }

    [Fact]
    public void Nested_blocks_are_lists_and_dynamic_blocks_expand_over_their_for_each()
    {
        var resources = Resources(("main.tf", """
            variable "ports" {
              default = [22, 443]
            }

            resource "aws_security_group" "sg" {
              ingress {
                from_port   = 80
                cidr_blocks = ["10.0.0.0/8"]
              }

              dynamic "ingress" {
                for_each = var.ports
                iterator = port
                content {
                  from_port   = port.value
                  cidr_blocks = ["0.0.0.0/0"]
                }
              }
            }
            """));
        var group = Single(resources, "aws_security_group.sg");

        var ingress = Assert.IsType<IacList>(At(group, "ingress"));
        Assert.Equal(3, ingress.Items.Count);
        Assert.Equal(22, ((IacNumber)At(group, "ingress.1.from_port")!).Value);
        Assert.Equal("0.0.0.0/0", Text(group, "ingress.2.cidr_blocks.0"));
        Assert.Null(At(group, "count"));
    }

    [Fact]
    public void A_dynamic_block_over_an_unknown_collection_is_one_unknown_block()
    {
        var resources = Resources(("main.tf", """
            variable "rules" {}

            resource "aws_security_group" "sg" {
              dynamic "ingress" {
                for_each = var.rules
                content {
                  from_port = ingress.value.port
                }
              }
            }
            """));

        var ingress = Assert.IsType<IacList>(At(Assert.Single(resources), "ingress"));
        Assert.IsType<IacUnknown>(Assert.Single(ingress.Items));
    }

    [Fact]
    public void Data_sources_providers_and_module_calls_are_resources_too()
    {
        var resources = Resources(("main.tf", """
            provider "aws" {
              region = "eu-west-1"
            }

            data "aws_iam_policy_document" "p" {
              statement {
                actions = ["s3:*"]
              }
            }

            module "vpc" {
              source  = "terraform-aws-modules/vpc/aws"
              version = "5.0.0"
            }
            """));

        Assert.Equal(["provider.aws", "data.aws_iam_policy_document.p", "module.vpc"], resources.Select(r => r.Address));
        Assert.Equal(["provider.aws", "data.aws_iam_policy_document", "module"], resources.Select(r => r.Type));
    }
}
