using Bulwark.Scanners.Detection.Anomalies;
using Bulwark.Scanners.Detection.Correlation;
using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Pipelines;
using Bulwark.Scanners.Detection.Sigma.Compiling;
using Bulwark.Scanners.Detection.Sigma.Matching;
using Bulwark.Scanners.Detection.Sigma.Model;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Detection.Engine;

/// <summary>
/// Runs compiled rules over events: each rule is bound, through the pipeline, to the parsers' events its log source
/// covers, and indexed by format so an event meets only the rules that can read it. A rule no binding covers is refused at
/// construction with the reason. Matches of rules that correlations refer to feed the correlation engine; a referred rule
/// reports on its own only when a correlation says <c>generate: true</c> (or no correlation refers to it).
/// </summary>
internal sealed class DetectionEngine
{
    private readonly Dictionary<string, List<(CompiledRule Rule, SourceBinding Binding, BindingFieldMap Map)>> _byFormat = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PrefilterIndex> _prefilters = new(StringComparer.Ordinal);
    private readonly CorrelationEngine _correlations;
    private readonly HashSet<SigmaRule> _silent = [];
    private readonly HashSet<SigmaRule> _referred = [];

    private readonly AnomalyDetector _anomalies;

    public DetectionEngine(IReadOnlyList<CompiledRule> rules, IReadOnlyList<SigmaCorrelation> correlations, Pipeline pipeline, List<ConfigProblem> problems, IReadOnlyList<RateAnomaly>? anomalies = null)
    {
        _anomalies = new AnomalyDetector(anomalies ?? [], pipeline, problems);
        foreach (var rule in rules)
        {
            var source = rule.Rule.LogSource;
            var bindings = pipeline.For(new LogSourceKey(source.Product, source.Category, source.Service));
            if (bindings.Count == 0)
            {
                problems.Add(new ConfigProblem(rule.Rule.Where, $"rule {rule.Rule.Label}: no pipeline maps log source {source} onto a log format this engine reads (add one with --pipeline)"));
                continue;
            }

            foreach (var binding in bindings)
            {
                (_byFormat.TryGetValue(binding.Format, out var list) ? list : _byFormat[binding.Format] = []).Add((rule, binding, new BindingFieldMap(binding)));
            }

            var referring = correlations.Where(c => c.Rules.Contains(rule.Rule.Id ?? "\0") || c.Rules.Contains(rule.Rule.Name ?? "\0")).ToList();
            if (referring.Count > 0)
            {
                _referred.Add(rule.Rule);
                if (referring.All(c => !c.Generate))
                {
                    _silent.Add(rule.Rule);
                }
            }
        }

        foreach (var (format, candidates) in _byFormat)
        {
            _prefilters[format] = new PrefilterIndex([.. candidates.Select(c => c.Rule.Prefilter is { } needed
                ? needed.AnyOf.Select(l => (l.Field is null ? null : c.Binding.FieldName(l.Field), l.Text)).ToList()
                : null)]);
        }

        _correlations = new CorrelationEngine(correlations);
        RuleCount = _byFormat.Values.SelectMany(l => l).Select(b => b.Rule).Distinct().Count();
    }

    /// <summary>Rules bound to at least one log format.</summary>
    public int RuleCount { get; }

    /// <summary>Rate rules bound to at least one log format.</summary>
    public int AnomalyCount => _anomalies.Count;

    /// <summary>The detections <paramref name="logEvent"/> raises, rules first, then correlations it completes.</summary>
    public IReadOnlyList<DetectionResult> Evaluate(LogEvent logEvent)
    {
        List<DetectionResult>? found = null;
        foreach (var anomaly in _anomalies.Evaluate(logEvent))
        {
            (found ??= []).Add(anomaly);
        }

        if (!_byFormat.TryGetValue(logEvent.Format, out var candidates))
        {
            return found ?? (IReadOnlyList<DetectionResult>)[];
        }

        SourceBinding? accessorBinding = null;
        MappedEvent? accessor = null;
        Span<bool> worth = candidates.Count <= 1024 ? stackalloc bool[candidates.Count] : new bool[candidates.Count];
        _prefilters[logEvent.Format].Mark(logEvent, worth);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!worth[i])
            {
                continue;
            }

            var (rule, binding, map) = candidates[i];
            if (!binding.Accepts(logEvent))
            {
                continue;
            }

            if (!ReferenceEquals(binding, accessorBinding))
            {
                (accessorBinding, accessor) = (binding, new MappedEvent(logEvent, map));
            }

            if (!rule.Matches(accessor!))
            {
                continue;
            }

            if (!_silent.Contains(rule.Rule))
            {
                (found ??= []).Add(new DetectionResult(rule.Rule, null, [logEvent], null));
            }

            if (_referred.Contains(rule.Rule))
            {
                var match = new RuleMatch(rule.Rule.Id, rule.Rule.Name, logEvent, name => map.Find(logEvent, name));
                foreach (var hit in _correlations.Add(match))
                {
                    (found ??= []).Add(new DetectionResult(null, hit, hit.Events, hit.GroupText));
                }
            }
        }

        return found ?? (IReadOnlyList<DetectionResult>)[];
    }
}
