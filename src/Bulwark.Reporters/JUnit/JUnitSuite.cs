using Bulwark.Sdk;

namespace Bulwark.Reporters.JUnit;

/// <summary>One scanner's findings, active and suppressed, which become one <c>testsuite</c>.</summary>
internal sealed record JUnitSuite(string Scanner, List<Finding> Findings, List<SuppressedFinding> Suppressed, List<ScanNote> Notes)
{
    /// <summary>A suite with nothing in it still gets one passing case, so CI shows the scanner ran.</summary>
    public int Tests => Math.Max(1, Findings.Count + Suppressed.Count);

    /// <summary>Every scanner that ran or reported something, ordered by id.</summary>
    public static List<JUnitSuite> Group(ScanReport report)
    {
        var suites = new SortedDictionary<string, JUnitSuite>(StringComparer.Ordinal);
        JUnitSuite For(string scanner)
        {
            if (!suites.TryGetValue(scanner, out var suite))
            {
                suite = new JUnitSuite(scanner, [], [], []);
                suites.Add(scanner, suite);
            }

            return suite;
        }

        foreach (var scanner in report.Scanners)
        {
            For(scanner.Id);
        }

        foreach (var finding in report.Findings)
        {
            For(finding.Scanner).Findings.Add(finding);
        }

        foreach (var suppressed in report.Suppressed)
        {
            For(suppressed.Finding.Scanner).Suppressed.Add(suppressed);
        }

        foreach (var note in report.Notes)
        {
            For(note.Scanner).Notes.Add(note);
        }

        return [.. suites.Values];
    }
}
