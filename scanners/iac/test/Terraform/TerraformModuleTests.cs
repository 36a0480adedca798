using Bulwark.Scanners.Iac.Model;
using static Bulwark.Scanners.Iac.Tests.Terraform.TerraformFixture;

namespace Bulwark.Scanners.Iac.Tests.Terraform;

public class TerraformModuleTests
{
    private const string Module = """
        variable "ingress_cidr" {
          default = "10.0.0.0/8"
        }

        resource "aws_security_group_rule" "ssh" {
          type        = "ingress"
          from_port   = 22
          cidr_blocks = [var.ingress_cidr]
        }
        """;

    [Fact]
    public void A_local_module_is_evaluated_with_the_inputs_its_call_gives_it()
    {
        var resources = Resources(
            ("main.tf", """
                module "bastion" {
                  source       = "./modules/sg"
                  ingress_cidr = "0.0.0.0/0"
                }
                """),
            ("modules/sg/main.tf", Module));

        var rule = Single(resources, "module.bastion.aws_security_group_rule.ssh");
        Assert.Equal("modules/sg/main.tf", rule.File);
        Assert.Equal("main.tf:1 module.bastion", rule.CallSite);
        var cidr = At(rule, "cidr_blocks.0")!;
        Assert.Equal("0.0.0.0/0", ((IacString)cidr).Value);
        Assert.Equal(8, cidr.Range.StartLine);
        Assert.Equal("var.ingress_cidr from the module call at main.tf:1 module.bastion", cidr.Origin);

        // The module's folder is not also judged on its own defaults.
        Assert.DoesNotContain(resources, r => r.Address == "aws_security_group_rule.ssh");
    }

    [Fact]
    public void A_module_called_twice_gives_two_instances_and_a_module_called_with_count_one_per_index()
    {
        var resources = Resources(
            ("main.tf", """
                module "a" {
                  source = "./sg"
                }

                module "b" {
                  source       = "./sg"
                  count        = 2
                  ingress_cidr = "192.168.0.0/16"
                }
                """),
            ("sg/main.tf", Module));

        Assert.Equal(
            ["module.a.aws_security_group_rule.ssh", "module.b[0].aws_security_group_rule.ssh", "module.b[1].aws_security_group_rule.ssh"],
            resources.Where(r => r.Type != "module").Select(r => r.Address));
        Assert.Equal("10.0.0.0/8", Text(Single(resources, "module.a.aws_security_group_rule.ssh"), "cidr_blocks.0"));
    }

    [Fact]
    public void A_module_folder_nobody_scanned_calls_is_its_own_root()
    {
        var resources = Resources(("modules/sg/main.tf", Module));

        Assert.Equal("10.0.0.0/8", Text(Single(resources, "aws_security_group_rule.ssh"), "cidr_blocks.0"));
    }

    [Fact]
    public void A_module_that_calls_itself_is_reported_not_followed_forever()
    {
        var documents = Load(("loop/main.tf", """
            module "again" {
              source = "../loop"
            }
            """));

        var diagnostic = Assert.Single(documents.SelectMany(d => d.Diagnostics));
        Assert.Contains("calls itself", diagnostic.Message);
    }
}
