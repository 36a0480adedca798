using System.Globalization;
using System.Text;
using Bulwark.Sdk;

namespace Bulwark.Reporters.Common;

/// <summary>Wording and small calculations that several human-readable formats share.</summary>
internal static class ReportText
{
    /// <summary>UTF-8 without a byte-order mark: CI tools and browsers choke on a BOM in the middle of piped output.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary><c>path:12</c>, <c>path:12-14</c>, or just <c>path</c> for a whole-file finding.</summary>
    public static string Where(Location location)
    {
        if (location.StartLine <= 0)
        {
            return location.Path;
        }

        return location.EndLine > location.StartLine
            ? $"{location.Path}:{location.StartLine}-{location.EndLine}"
            : $"{location.Path}:{location.StartLine}";
    }

    /// <summary>The origin in one line, such as <c>commit 1a2b3c4d5e6f by Alice, 2024-05-01: Add config</c>.</summary>
    public static string Describe(Origin origin)
    {
        var text = new StringBuilder(origin.Kind);
        if (origin.Id.Length > 0)
        {
            text.Append(' ').Append(ShortId(origin));
        }

        if (origin.Author is { Length: > 0 } author)
        {
            text.Append(" by ").Append(author);
        }

        if (origin.Date is { } date)
        {
            text.Append(origin.Author is { Length: > 0 } ? ", " : " on ").Append(Day(date));
        }

        if (origin.Summary is { Length: > 0 } summary)
        {
            text.Append(": ").Append(summary);
        }

        return text.ToString();
    }

    /// <summary>A commit id cut to the 12 digits people paste; other ids are kept whole.</summary>
    public static string ShortId(Origin origin) =>
        origin.Kind == "commit" && origin.Id.Length > 12 ? origin.Id[..12] : origin.Id;

    /// <summary>The gate's verdict, the last thing a reader of the terminal or a PR comment looks for.</summary>
    public static string GateLine(GateResult gate) => gate.Failed
        ? $"Gate: FAILED — {Count(gate.FailingFindings, "finding")} at or above {gate.ThresholdName}"
        : "Gate: passed";

    /// <summary><c>1 finding</c>, <c>2 findings</c>.</summary>
    public static string Count(long count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");

    /// <summary>Active findings per severity, indexed by <see cref="Severity"/>.</summary>
    public static int[] CountBySeverity(IEnumerable<Finding> findings)
    {
        var counts = new int[(int)Severity.Critical + 1];
        foreach (var finding in findings)
        {
            counts[(int)finding.Severity]++;
        }

        return counts;
    }

    /// <summary>Active findings per scanner, including scanners that ran and found nothing, by id.</summary>
    public static SortedDictionary<string, int> CountByScanner(ScanReport report)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var scanner in report.Scanners)
        {
            counts[scanner.Id] = 0;
        }

        foreach (var finding in report.Findings)
        {
            counts[finding.Scanner] = counts.GetValueOrDefault(finding.Scanner) + 1;
        }

        return counts;
    }

    /// <summary>The severity name with a capital, for headings and badges.</summary>
    public static string Label(Severity severity)
    {
        var name = severity.Name();
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>Every severity, most severe first.</summary>
    public static IReadOnlyList<Severity> SeveritiesDescending { get; } =
        [Severity.Critical, Severity.High, Severity.Medium, Severity.Low, Severity.Info];

    /// <summary><c>2024-05-01 10:00:00 UTC</c>.</summary>
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary><c>2024-05-01</c>.</summary>
    public static string Day(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><c>2024-05-01</c>.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><c>850 ms</c> or <c>12.3 s</c>.</summary>
    public static string Duration(TimeSpan duration) => duration.TotalSeconds < 1
        ? duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms"
        : duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    /// <summary>Bytes as (decimal) megabytes with one decimal: <c>12.3 MB</c>.</summary>
    public static string Megabytes(long bytes) =>
        (bytes / 1_000_000d).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    /// <summary>A number in invariant culture.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
