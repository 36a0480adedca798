using System.Globalization;
using System.Xml;
using Bulwark.Reporters.Common;
using Bulwark.Sdk;

namespace Bulwark.Reporters.JUnit;

/// <summary>
/// JUnit XML, which almost every CI system can display: one test suite per scanner, one failing test case
/// per finding, suppressed findings as skipped cases and scan errors as errored cases.
/// </summary>
public sealed class JUnitReporter : IReporter
{
    /// <summary>The suite that holds files that could not be scanned; it is not a scanner id.</summary>
    public const string ErrorSuiteName = "scan-errors";

    /// <inheritdoc />
    public string Format => "junit";

    /// <inheritdoc />
    public string Summary => "JUnit XML: one test suite per scanner and one failing test per finding, for CI test views.";

    /// <inheritdoc />
    public void Write(ScanReport report, ReportTarget output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        var suites = JUnitSuite.Group(report);
        var settings = new XmlWriterSettings
        {
            Encoding = ReportText.Utf8,
            Indent = true,
            NewLineChars = "\n",
            CloseOutput = false,
        };

        using var xml = XmlWriter.Create(output.Stream, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "bulwark");
        xml.WriteAttributeString("tests", Number(suites.Sum(s => s.Tests) + report.Errors.Count));
        xml.WriteAttributeString("failures", Number(suites.Sum(s => s.Findings.Count)));
        xml.WriteAttributeString("errors", Number(report.Errors.Count));
        xml.WriteAttributeString("skipped", Number(suites.Sum(s => s.Suppressed.Count)));
        xml.WriteAttributeString("time", Seconds(report.Duration));
        xml.WriteAttributeString("timestamp", Timestamp(report.StartedAt));

        foreach (var suite in suites)
        {
            JUnitCases.WriteSuite(xml, suite, report.StartedAt);
        }

        if (report.Errors.Count > 0)
        {
            JUnitCases.WriteErrorSuite(xml, report.Errors, report.StartedAt);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.Stream.Write("\n"u8);
    }

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan duration) =>
        duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
