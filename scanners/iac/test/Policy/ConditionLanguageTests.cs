using Bulwark.Scanners.Iac.Policy;
using Bulwark.Scanners.Iac.Verify;

namespace Bulwark.Scanners.Iac.Tests.Policy;

/// <summary>
/// The parts of the rule language the built-in rules use least, each pinned by a rule whose own tests state
/// where it must and must not report.
/// </summary>
public class ConditionLanguageTests
{
    private static void Verify(string yaml)
    {
        var parsed = RuleFileReader.Parse("test.yaml", yaml);
        Assert.Empty(parsed.Problems.Select(p => p.ToString()));
        Assert.Empty(parsed.Value!.SelectMany(RuleTestRunner.VerifyRule).Select(p => p.ToString()));
    }

    private const string Header = """
        rules:
          - id: iac/test-rule
            title: t
            severity: low
            description: d
            remediation: r
            references: [CWE-1]

        """;

    [Fact]
    public void Count_at_least_reports_at_the_value_that_reaches_the_limit()
    {
        Verify(Header.Replace("references: [CWE-1]", """
            references: [CWE-1]
                platform: dockerfile
                resource: dockerfile
                violation:
                  each: "stages[*]"
                  check:
                    count: "instructions[*]"
                    where: { attribute: instruction, equals: CMD }
                    at-least: 2
                tests:
                  - input: |
                      FROM alpine:3.20
                      CMD ["a"]
                      RUN true
                      CMD ["b"]
                    expect: [4]
                  - input: |
                      FROM alpine:3.20 AS one
                      CMD ["a"]
                      FROM alpine:3.20
                      CMD ["b"]
                    expect: []
            """, StringComparison.Ordinal));
    }

    [Fact]
    public void Count_at_most_reports_a_missing_element_at_the_resource_and_not_when_unknown()
    {
        Verify(Header.Replace("references: [CWE-1]", """
            references: [CWE-1]
                platform: terraform
                resource: aws_security_group
                violation:
                  count: egress
                  at-most: 0
                tests:
                  - input: |
                      resource "aws_security_group" "a" {
                        name = "a"
                      }
                    expect: [1]
                  - input: |
                      resource "aws_security_group" "a" {
                        egress {
                          from_port = 0
                        }
                      }
                    expect: []
                  - input: |
                      variable "rules" {}
                      resource "aws_security_group" "a" {
                        dynamic "egress" {
                          for_each = var.rules
                          content {
                            from_port = egress.value
                          }
                        }
                      }
                    expect: []
            """, StringComparison.Ordinal));
    }

    [Fact]
    public void Key_matches_tests_the_name_a_value_is_written_under()
    {
        Verify(Header.Replace("references: [CWE-1]", """
            references: [CWE-1]
                platform: terraform
                resource: aws_lambda_function
                violation:
                  attribute: "environment.variables.*"
                  key-matches: "(?i)(password|secret)"
                tests:
                  - input: |
                      resource "aws_lambda_function" "f" {
                        environment {
                          variables = {
                            LOG_LEVEL   = "info"
                            DB_PASSWORD = "hunter22"
                          }
                        }
                      }
                    expect: [5]
                  - input: |
                      resource "aws_lambda_function" "f" {
                        environment {
                          variables = { LOG_LEVEL = "info" }
                        }
                      }
                    expect: []
            """, StringComparison.Ordinal));
    }

    [Fact]
    public void No_related_with_where_counts_only_neighbours_that_fit()
    {
        Verify(Header.Replace("references: [CWE-1]", """
            references: [CWE-1]
                platform: terraform
                resource: azurerm_linux_virtual_machine
                violation:
                  no-related:
                    type: azurerm_virtual_machine_extension
                    attribute: virtual_machine_id
                    where: { attribute: type, equals: AzureDiskEncryptionForLinux }
                tests:
                  - input: |
                      resource "azurerm_linux_virtual_machine" "vm" {
                        name = "vm"
                      }

                      resource "azurerm_virtual_machine_extension" "monitor" {
                        virtual_machine_id = azurerm_linux_virtual_machine.vm.id
                        type               = "AzureMonitorLinuxAgent"
                      }
                    expect: [1]
                  - input: |
                      resource "azurerm_linux_virtual_machine" "vm" {
                        name = "vm"
                      }

                      resource "azurerm_virtual_machine_extension" "ade" {
                        virtual_machine_id = azurerm_linux_virtual_machine.vm.id
                        type               = "AzureDiskEncryptionForLinux"
                      }
                    expect: []
            """, StringComparison.Ordinal));
    }

    [Fact]
    public void Each_over_a_list_keeps_the_parts_of_one_element_together()
    {
        Verify(Header.Replace("references: [CWE-1]", """
            references: [CWE-1]
                platform: terraform
                resource: azurerm_network_security_group
                violation:
                  each: security_rule
                  check:
                    all-of:
                      - { attribute: destination_port_range, equals: "22" }
                      - { attribute: source_address_prefix, equals: "*" }
                tests:
                  - input: |
                      resource "azurerm_network_security_group" "g" {
                        security_rule {
                          destination_port_range = "22"
                          source_address_prefix  = "10.0.0.0/8"
                        }
                        security_rule {
                          destination_port_range = "443"
                          source_address_prefix  = "*"
                        }
                      }
                    expect: []
                  - input: |
                      resource "azurerm_network_security_group" "g" {
                        security_rule {
                          destination_port_range = "443"
                          source_address_prefix  = "*"
                        }
                        security_rule {
                          destination_port_range = "22"
                          source_address_prefix  = "*"
                        }
                      }
                    expect: [7]
            """, StringComparison.Ordinal));
    }

    [Fact]
    public void Same_namespace_compares_the_namespace_of_a_workloads_pod_spec_too()
    {
        Verify(Header.Replace("references: [CWE-1]", """
            references: [CWE-1]
                platform: kubernetes
                resource: PodSpec
                violation:
                  no-related: { type: NetworkPolicy, same-namespace: true }
                tests:
                  - files:
                      app.yaml: |
                        apiVersion: v1
                        kind: Pod
                        metadata: { name: web, namespace: shop }
                        spec:
                          containers: [{ name: web, image: "nginx:1.27" }]
                      policy.yaml: |
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata: { name: deny, namespace: shop }
                        spec: { podSelector: {} }
                    expect: []
                  - files:
                      app.yaml: |
                        apiVersion: v1
                        kind: Pod
                        metadata: { name: web, namespace: shop }
                        spec:
                          containers: [{ name: web, image: "nginx:1.27" }]
                      policy.yaml: |
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata: { name: deny }
                        spec: { podSelector: {} }
                    expect: [5]
            """, StringComparison.Ordinal));
    }
}
