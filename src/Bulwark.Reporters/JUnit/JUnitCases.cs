using System.Text;
using System.Xml;
using Bulwark.Reporters.Common;
using Bulwark.Sdk;

namespace Bulwark.Reporters.JUnit;

/// <summary>Writes the <c>testsuite</c> and <c>testcase</c> elements.</summary>
internal static class JUnitCases
{
    public static void WriteSuite(XmlWriter xml, JUnitSuite suite, DateTimeOffset startedAt)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", XmlText.Clean(suite.Scanner));
        xml.WriteAttributeString("tests", JUnitReporter.Number(suite.Tests));
        xml.WriteAttributeString("failures", JUnitReporter.Number(suite.Findings.Count));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", JUnitReporter.Number(suite.Suppressed.Count));
        xml.WriteAttributeString("timestamp", JUnitReporter.Timestamp(startedAt));
        if (suite.Notes.Count > 0)
        {
            // CI servers show a suite's properties beside its results: the notes (database age) belong there.
            xml.WriteStartElement("properties");
            for (var i = 0; i < suite.Notes.Count; i++)
            {
                xml.WriteStartElement("property");
                xml.WriteAttributeString("name", (suite.Notes[i].IsWarning ? "warning." : "note.") + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteAttributeString("value", XmlText.Clean(suite.Notes[i].Message));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        foreach (var finding in suite.Findings)
        {
            StartCase(xml, finding);
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("type", finding.Severity.Name());
            xml.WriteAttributeString("message", XmlText.Clean(finding.Message));
            xml.WriteString(XmlText.Clean(Details(finding)));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        foreach (var suppressed in suite.Suppressed)
        {
            StartCase(xml, suppressed.Finding);
            xml.WriteStartElement("skipped");
            xml.WriteAttributeString("message", XmlText.Clean($"suppressed ({suppressed.Kind}): {suppressed.Reason}"));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        if (suite.Findings.Count + suite.Suppressed.Count == 0)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", XmlText.Clean(suite.Scanner));
            xml.WriteAttributeString("name", "no findings");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    public static void WriteErrorSuite(XmlWriter xml, IReadOnlyList<ScanError> errors, DateTimeOffset startedAt)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", JUnitReporter.ErrorSuiteName);
        xml.WriteAttributeString("tests", JUnitReporter.Number(errors.Count));
        xml.WriteAttributeString("failures", "0");
        xml.WriteAttributeString("errors", JUnitReporter.Number(errors.Count));
        xml.WriteAttributeString("skipped", "0");
        xml.WriteAttributeString("timestamp", JUnitReporter.Timestamp(startedAt));
        foreach (var error in errors)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", JUnitReporter.ErrorSuiteName);
            xml.WriteAttributeString("name", XmlText.Clean(error.Path));
            xml.WriteStartElement("error");
            xml.WriteAttributeString("type", "scan-error");
            xml.WriteAttributeString("message", XmlText.Clean(error.Message));
            xml.WriteString(XmlText.Clean($"{error.Path}: {error.Message}"));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void StartCase(XmlWriter xml, Finding finding)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", XmlText.Clean(finding.RuleId));
        xml.WriteAttributeString("name", XmlText.Clean($"{ReportText.Where(finding.Location)} {finding.Title}"));
    }

    private static string Details(Finding finding)
    {
        var text = new StringBuilder();
        text.Append(finding.Message).Append('\n');
        text.Append("Location: ").Append(ReportText.Where(finding.Location));
        if (finding.Location.Origin is { } origin)
        {
            text.Append(" (").Append(ReportText.Describe(origin)).Append(')');
        }

        text.Append('\n').Append("Rule: ").Append(finding.RuleId).Append(" (").Append(finding.Severity.Name()).Append(')');
        if (finding.Evidence is { } evidence)
        {
            text.Append('\n').Append("Evidence: ").Append(evidence);
        }

        if (finding.Remediation is { } remediation)
        {
            text.Append('\n').Append("Remediation: ").Append(remediation);
        }

        foreach (var reference in finding.References)
        {
            text.Append('\n').Append("Reference: ").Append(reference);
        }

        text.Append('\n').Append("Fingerprint: ").Append(finding.Fingerprint);
        return text.ToString();
    }
}
