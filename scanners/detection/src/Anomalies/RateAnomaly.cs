using Bulwark.Scanners.Detection.Pipelines;

namespace Bulwark.Scanners.Detection.Anomalies;

/// <summary>
/// A rate rule beyond Sigma: count the events that match <see cref="Match"/> per <see cref="GroupBy"/> value and window,
/// learn each group's usual count per window, and alert when a window's count exceeds both <see cref="MinCount"/> and
/// <see cref="Factor"/> times what that group (or, for a group never seen, all groups) usually does.
/// </summary>
/// <param name="Id">The rule id.</param>
/// <param name="Title">What it detects.</param>
/// <param name="Level">Its level (informational … critical).</param>
/// <param name="LogSource">The log source, bound to log formats by the pipeline as Sigma rules are.</param>
/// <param name="Match">Field (Sigma name) to accepted values, compared ignoring case; all must hold.</param>
/// <param name="GroupBy">The field whose values are counted apart (null: one count for all events).</param>
/// <param name="Window">The counting window.</param>
/// <param name="Learn">How long to only learn before alerting.</param>
/// <param name="Factor">How many times the usual count a window must exceed.</param>
/// <param name="MinCount">The count a window must exceed in any case.</param>
/// <param name="Where">The file and line, for messages.</param>
internal sealed record RateAnomaly(
    string Id, string Title, string Level, LogSourceKey LogSource, IReadOnlyDictionary<string, IReadOnlyList<string>> Match, string? GroupBy,
    TimeSpan Window, TimeSpan Learn, double Factor, long MinCount, string Where);
