using Bulwark.Scanners.Iac.Hcl.Syntax;

namespace Bulwark.Scanners.Iac.Tests.Hcl.Syntax;

public sealed class TerraformFileTests
{
    internal const string Sample = """
        terraform {
          required_version = ">= 1.5"
          required_providers {
            aws = {
              source  = "hashicorp/aws"
              version = "~> 5.0"
            }
          }
        }

        variable "environment" {
          type        = string
          description = "Deployment stage"
          default     = "dev"

          validation {
            condition     = contains(["dev", "prod"], var.environment)
            error_message = "Unknown environment: ${var.environment}."
          }
        }

        variable "ingress_rules" {
          type = list(object({
            port        = number
            cidr_blocks = list(string)
          }))
          default = [
            { port = 443, cidr_blocks = ["0.0.0.0/0"] },
            { port = 22, cidr_blocks = ["10.0.0.0/8"] }, # bastion only
          ]
        }

        locals {
          name_prefix = "${var.environment}-app"
          common_tags = merge(var.extra_tags, {
            Environment = var.environment
            ManagedBy   = "terraform"
          })
          public_ports = [for r in var.ingress_rules : r.port if contains(r.cidr_blocks, "0.0.0.0/0")]
        }

        resource "aws_s3_bucket" "logs" {
          bucket        = "${local.name_prefix}-logs"
          force_destroy = var.environment != "prod"
          tags          = local.common_tags

          lifecycle { prevent_destroy = false }
        }

        resource "aws_security_group" "web" {
          name   = "${local.name_prefix}-web"
          vpc_id = module.network.vpc_id

          dynamic "ingress" {
            for_each = var.ingress_rules
            content {
              from_port   = ingress.value.port
              to_port     = ingress.value.port
              protocol    = "tcp"
              cidr_blocks = ingress.value.cidr_blocks
            }
          }
        }

        resource "aws_iam_policy" "read" {
          policy = <<-POLICY
            {
              "Statement": [{
                "Effect": "Allow",
                "Resource": "${aws_s3_bucket.logs.arn}/*"
              }]
            }
            POLICY
        }

        module "network" {
          source = "./modules/network"
          count  = var.environment == "prod" ? 1 : 0

          cidr = "10.${count.index}.0.0/16"
        }

        output "bucket_arns" {
          value = aws_s3_bucket.logs[*].arn
        }
        """;

    [Fact]
    public void A_realistic_terraform_file_parses_without_diagnostics()
    {
        var file = Hcl.ParseValid(Sample);
        Assert.Equal(
            ["terraform", "variable", "variable", "locals", "resource", "resource", "resource", "module", "output"],
            file.Body.Blocks.Select(b => b.Type));
        Assert.Single(file.Comments);
    }

    [Fact]
    public void Resource_attributes_point_at_their_exact_positions()
    {
        var file = Hcl.ParseValid(Sample);
        var bucket = file.Body.BlocksOfType("resource").Single(b => b.Label(1) == "logs");
        var forceDestroy = Hcl.Attr(bucket.Body, "force_destroy");
        Assert.Equal(Hcl.At(44, 3, 44, 16), forceDestroy.NameRange);
        Assert.Equal(Hcl.At(44, 19, 44, 44), forceDestroy.Expression.Range);
        Assert.Equal("(var.environment != \"prod\")", AstPrinter.Print(forceDestroy.Expression));
        var lifecycle = bucket.Body.BlocksOfType("lifecycle").Single();
        Assert.Equal(Hcl.At(47, 15, 47, 30), Hcl.Attr(lifecycle.Body, "prevent_destroy").NameRange);
    }

    [Fact]
    public void Dynamic_blocks_and_their_content_are_nested_blocks()
    {
        var file = Hcl.ParseValid(Sample);
        var group = file.Body.BlocksOfType("resource").Single(b => b.Label(0) == "aws_security_group");
        var dynamic = group.Body.BlocksOfType("dynamic").Single();
        Assert.Equal("ingress", dynamic.Label(0));
        Assert.Equal("var.ingress_rules", AstPrinter.Print(Hcl.Attr(dynamic.Body, "for_each").Expression));
        var content = dynamic.Body.BlocksOfType("content").Single();
        Assert.Equal("ingress.value.port", AstPrinter.Print(Hcl.Attr(content.Body, "from_port").Expression));
    }

    [Fact]
    public void Locals_variables_modules_and_outputs_keep_their_expressions()
    {
        var file = Hcl.ParseValid(Sample);
        var locals = file.Body.BlocksOfType("locals").Single().Body;
        Assert.Equal(
            "[for r in var.ingress_rules : r.port if contains(r.cidr_blocks, \"0.0.0.0/0\")]",
            AstPrinter.Print(Hcl.Attr(locals, "public_ports").Expression));
        Assert.Equal(
            ["var.extra_tags", "var.environment"],
            Traversal.FindAll(Hcl.Attr(locals, "common_tags").Expression).Select(t => t.ToString()));

        var module = file.Body.BlocksOfType("module").Single();
        Assert.Equal("((var.environment == \"prod\") ? 1 : 0)", AstPrinter.Print(Hcl.Attr(module.Body, "count").Expression));
        var output = file.Body.BlocksOfType("output").Single();
        Assert.Equal("splat[*](aws_s3_bucket.logs, *.arn)", AstPrinter.Print(Hcl.Attr(output.Body, "value").Expression));

        var variable = file.Body.BlocksOfType("variable").Single(b => b.Label(0) == "ingress_rules");
        Assert.Equal(2, ((TupleExpr)Hcl.Attr(variable.Body, "default").Expression).Items.Count);
    }

    [Fact]
    public void The_indented_policy_heredoc_loses_its_common_indentation()
    {
        var file = Hcl.ParseValid(Sample);
        var policy = file.Body.BlocksOfType("resource").Single(b => b.Label(1) == "read");
        var heredoc = (TemplateExpr)Hcl.Attr(policy.Body, "policy").Expression;
        Assert.Equal(
            "<<\"{\\n  \\\"Statement\\\": [{\\n    \\\"Effect\\\": \\\"Allow\\\",\\n    \\\"Resource\\\": \\\"${aws_s3_bucket.logs.arn}/*\\\"\\n  }]\\n}\\n\"",
            AstPrinter.Print(heredoc));
    }
}
