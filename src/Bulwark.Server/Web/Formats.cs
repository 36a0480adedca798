using System.Globalization;
using Bulwark.Server.Findings;
using Bulwark.Server.Store.Model;
using Severity = Bulwark.Sdk.Severity;
using SeverityNames = Bulwark.Sdk.SeverityNames;

namespace Bulwark.Server.Web;

/// <summary>How values look on every page: times in UTC, severities and states as labelled badges, a place as path:line.</summary>
internal static class Formats
{
    public static string SeverityName(int severity) => SeverityNames.Name((Severity)severity);

    public static Markup Severity(int severity) => Html.Of($"<span class=\"sev sev-{SeverityName(severity)}\">{SeverityName(severity)}</span>");

    public static Markup State(FindingState state) => Html.Of($"<span class=\"state state-{FindingStates.Name(state)}\">{FindingStates.Name(state)}</span>");

    public static Markup Time(DateTimeOffset? at) => at is { } time
        ? Html.Of($"<time datetime=\"{time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}\">{time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}</time>")
        : Html.Text("–");

    public static Markup Date(DateTimeOffset? at) => at is { } time
        ? Html.Of($"<time datetime=\"{time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\">{time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</time>")
        : Html.Text("–");

    public static string Location(string? path, int line) => path is null ? "–" : line > 0 ? $"{path}:{line}" : path;

    /// <summary>The due date and how the finding stands against it; a dash when no clock runs.</summary>
    public static Markup Sla(Finding finding, SlaPolicy policy, DateTimeOffset now)
    {
        if (SlaStatus.Of(finding, policy, now) is not { } status)
        {
            return Html.Text("–");
        }

        return Html.Of($"<span class=\"sla sla-{status}\">{status}</span> {Date(SlaStatus.Due(finding, policy))}");
    }

    public static string Days(double? days) => days is { } d ? d.ToString("0.#", CultureInfo.InvariantCulture) : "–";
}
