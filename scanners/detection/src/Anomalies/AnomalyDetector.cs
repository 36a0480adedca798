using Bulwark.Scanners.Detection.Engine;
using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Pipelines;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Detection.Anomalies;

/// <summary>Runs rate rules over events: each bound through the pipeline like a Sigma rule, each with its own baseline.</summary>
internal sealed class AnomalyDetector
{
    private readonly List<(RateAnomaly Rule, SourceBinding Binding, RateBaseline Baseline)> _bound = [];
    private DateTimeOffset _clock = DateTimeOffset.MinValue;

    public AnomalyDetector(IReadOnlyList<RateAnomaly> rules, Pipeline pipeline, List<ConfigProblem> problems)
    {
        foreach (var rule in rules)
        {
            var bindings = pipeline.For(rule.LogSource);
            if (bindings.Count == 0)
            {
                problems.Add(new ConfigProblem(rule.Where, $"anomaly {rule.Id}: no pipeline maps log source {rule.LogSource} onto a log format"));
            }

            var baseline = new RateBaseline(rule);
            _bound.AddRange(bindings.Select(b => (rule, b, baseline)));
        }

        // Counted once: the engine asks for every event whether there is anything to run.
        Count = _bound.Select(b => b.Rule).Distinct().Count();
    }

    /// <summary>Rate rules bound to at least one log format.</summary>
    public int Count { get; }

    /// <summary>Every rule's learned state, by rule id.</summary>
    public Dictionary<string, RateBaselineState> Save() =>
        _bound.DistinctBy(b => b.Rule.Id).ToDictionary(b => b.Rule.Id, b => b.Baseline.Save(), StringComparer.Ordinal);

    /// <summary>Continues from saved states (rules not in them start afresh; states of rules gone are dropped); the ids that could not.</summary>
    public IReadOnlyList<string> Restore(IReadOnlyDictionary<string, RateBaselineState> states) =>
        [.. _bound.DistinctBy(b => b.Rule.Id)
            .Where(b => states.TryGetValue(b.Rule.Id, out var state) && !b.Baseline.Restore(state))
            .Select(b => b.Rule.Id)];

    /// <summary>The fields (by the format's names) the rate rules bound to <paramref name="format"/> read.</summary>
    public IEnumerable<string> FieldsRead(string format) =>
        _bound.Where(b => b.Binding.Format == format)
            .SelectMany(b => b.Rule.Match.Keys.Append(b.Rule.GroupBy).OfType<string>().Select(b.Binding.FieldName).Concat(b.Binding.When.Keys));

    /// <summary>The rate rules <paramref name="logEvent"/> sets off; null for none.</summary>
    public List<DetectionResult>? Evaluate(LogEvent logEvent)
    {
        List<DetectionResult>? found = null;
        var time = logEvent.Time ?? _clock;
        _clock = time > _clock ? time : _clock;
        foreach (var (rule, binding, baseline) in _bound)
        {
            if (!binding.Accepts(logEvent) || !Matches(rule, binding, logEvent))
            {
                continue;
            }

            var group = rule.GroupBy is null ? "" : logEvent.Fields.GetValueOrDefault(binding.FieldName(rule.GroupBy))?.Values.FirstOrDefault();
            if (group is null)
            {
                continue;
            }

            if (baseline.Add(group, time) is { } fired)
            {
                var hit = new AnomalyHit(rule, group, fired.Count, fired.Usual);
                (found ??= []).Add(new DetectionResult(null, null, [logEvent], rule.GroupBy is null ? null : $"{rule.GroupBy}={group}", hit));
            }
        }

        return found;
    }

    private static bool Matches(RateAnomaly rule, SourceBinding binding, LogEvent logEvent) =>
        rule.Match.All(m => logEvent.Fields.TryGetValue(binding.FieldName(m.Key), out var value)
            && value.Values.Any(v => m.Value.Any(a => string.Equals(a, v, StringComparison.OrdinalIgnoreCase))));
}
