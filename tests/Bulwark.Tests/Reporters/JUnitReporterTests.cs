using System.Xml.Linq;
using Bulwark.Reporters.JUnit;
using Bulwark.Sdk;

namespace Bulwark.Tests.Reporters;

public sealed class JUnitReporterTests
{
    [Fact]
    public void JUnit_output_has_a_suite_per_scanner_and_a_failing_case_per_finding()
    {
        var xml = Parse(SampleReports.Typical());

        var suites = xml.Root!.Elements("testsuite").ToList();
        Assert.Equal(["iac", "image", "packages", "secrets", "scan-errors"], suites.Select(s => (string)s.Attribute("name")!));
        Assert.Equal(5, xml.Descendants("failure").Count());
        Assert.Equal(2, xml.Descendants("skipped").Count());
        Assert.Single(xml.Descendants("error"));
        Assert.Equal(9, xml.Descendants("testcase").Count());
    }

    [Fact]
    public void Every_count_attribute_matches_the_cases_it_summarises()
    {
        var xml = Parse(SampleReports.Typical());

        foreach (var element in xml.Root!.DescendantsAndSelf().Where(e => e.Name == "testsuite" || e.Name == "testsuites"))
        {
            var cases = element.Descendants("testcase").ToList();
            Assert.Equal(cases.Count, (int)element.Attribute("tests")!);
            Assert.Equal(cases.Count(c => c.Element("failure") is not null), (int)element.Attribute("failures")!);
            Assert.Equal(cases.Count(c => c.Element("error") is not null), (int)element.Attribute("errors")!);
            Assert.Equal(cases.Count(c => c.Element("skipped") is not null), (int)element.Attribute("skipped")!);
        }
    }

    [Fact]
    public void A_scanner_without_findings_gets_one_passing_case()
    {
        var image = Parse(SampleReports.Typical()).Root!.Elements("testsuite").Single(s => (string)s.Attribute("name")! == "image");

        var testcase = Assert.Single(image.Elements("testcase"));
        Assert.Empty(testcase.Elements());
    }

    [Fact]
    public void A_failure_names_the_rule_the_place_and_what_to_do()
    {
        var testcase = Parse(SampleReports.Typical()).Descendants("testcase").First(c => (string)c.Attribute("classname")! == "iac/k8s-privileged-container");

        Assert.Equal("k8s/pod.yaml:9 Privileged container", (string)testcase.Attribute("name")!);
        var failure = testcase.Element("failure")!;
        Assert.Equal("medium", (string)failure.Attribute("type")!);
        Assert.Equal(SampleReports.OddMessage, (string)failure.Attribute("message")!);
        Assert.Contains("Evidence: " + SampleReports.OddEvidence, failure.Value, StringComparison.Ordinal);
        Assert.Contains("Remediation: Set `securityContext.privileged: false`.", failure.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_do_not_break_the_xml()
    {
        var xml = Parse(SampleReports.Hostile());

        var failure = xml.Descendants("failure").Single();
        Assert.StartsWith("Token \uFFFD[31mred", (string)failure.Attribute("message")!, StringComparison.Ordinal);
    }

    private static XDocument Parse(ScanReport report) => XDocument.Parse(ReporterRun.Render(new JUnitReporter(), report));
}
