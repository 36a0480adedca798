using Bulwark.Scanners.Iac.Hcl.Terraform.Functions;
using Bulwark.Scanners.Iac.Model;
using static Bulwark.Scanners.Iac.Tests.Terraform.TerraformFixture;

namespace Bulwark.Scanners.Iac.Tests.Terraform;

/// <summary>The built-in functions the issue names, each evaluated the way Terraform documents it.</summary>
public class TerraformFunctionTests
{
    private static string Evaluate(string expression)
    {
        var resource = Assert.Single(Resources(("main.tf", $$"""
            variable "unknown" {}

            locals {
              names = ["web", "api"]
              tags  = { team = "core" }
            }

            resource "null_resource" "r" {
              value = {{expression}}
            }
            """)));
        return Show(At(resource, "value"));
    }

    private static string Show(IacValue? value) => value switch
    {
        IacString s => s.Value,
        IacNumber n => n.Describe(),
        IacBool b => b.Describe(),
        IacNull => "null",
        IacList l => "[" + string.Join(",", l.Items.Select(Show)) + "]",
        IacObject o => "{" + string.Join(",", o.Members.Select(m => m.Key + "=" + Show(m.Value))) + "}",
        IacUnknown => "?",
        _ => "(absent)",
    };

    [Theory]
    [InlineData("merge(local.tags, { env = \"prod\" }, { team = \"sre\" })", "{team=sre,env=prod}")]
    [InlineData("concat(local.names, [\"db\"])", "[web,api,db]")]
    [InlineData("lookup(local.tags, \"team\", \"none\")", "core")]
    [InlineData("lookup(local.tags, \"owner\", \"none\")", "none")]
    [InlineData("try(local.tags.owner, \"fallback\")", "fallback")]
    [InlineData("try(var.unknown.owner, \"fallback\")", "?")]
    [InlineData("can(local.tags.owner)", "false")]
    [InlineData("coalesce(\"\", null, \"x\")", "x")]
    [InlineData("format(\"%s-%03d-%v\", \"web\", 7, true)", "web-007-true")]
    [InlineData("format(\"[%-5s|%5d|%.2f|%05d]\", \"ab\", 42, 3.14159, -42)", "[ab   |   42|3.14|-0042]")]
    [InlineData("jsonencode({ b = [1, \"two\"], a = null })", "{\"a\":null,\"b\":[1,\"two\"]}")]
    [InlineData("jsondecode(\"{\\\"Effect\\\":\\\"Allow\\\"}\").Effect", "Allow")]
    [InlineData("tolist(toset([\"a\", \"b\", \"a\"]))", "[a,b]")]
    [InlineData("length(local.names)", "2")]
    [InlineData("contains(local.names, \"api\")", "true")]
    [InlineData("element(local.names, 3)", "api")]
    [InlineData("join(\",\", split(\"-\", \"a-b-c\"))", "a,b,c")]
    [InlineData("upper(lower(\"MiXeD\"))", "MIXED")]
    [InlineData("cidrsubnet(\"10.1.0.0/16\", 8, 2)", "10.1.2.0/24")]
    [InlineData("cidrsubnet(\"fd00::/56\", 8, 1)", "fd00:0:0:1::/64")]
    [InlineData("[for n in local.names : upper(n) if n != \"api\"]", "[WEB]")]
    [InlineData("{ for n in local.names : n => length(n) }", "{web=3,api=3}")]
    [InlineData("local.names[*]", "[web,api]")]
    [InlineData("\"%{ for n in local.names }${n};%{ endfor }\"", "web;api;")]
    [InlineData("length(var.unknown)", "?")]
    [InlineData("timestamp()", "?")]
    public void A_function_evaluates_like_terraform(string expression, string expected)
    {
        Assert.Equal(expected, Evaluate(expression));
    }

    [Fact]
    public void Every_function_the_issue_names_is_evaluated()
    {
        string[] named = ["merge", "concat", "lookup", "coalesce", "format", "jsonencode", "jsondecode", "tolist", "toset", "length", "contains", "element", "join", "split", "lower", "upper", "cidrsubnet"];

        Assert.Empty(named.Except(FunctionTable.Names));
    }
}
