using System.Numerics;
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
    private readonly HashSet<SigmaRule> _silent = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<SigmaRule> _referred = new(ReferenceEqualityComparer.Instance);

    private readonly AnomalyDetector _anomalies;
    private readonly bool _prefilter;
    private readonly Dictionary<string, HashSet<string>> _fieldsRead = new(StringComparer.Ordinal);

    /// <param name="prefilter">False to try every rule on every event: slower, and the reference the prefilter is tested against.</param>
    public DetectionEngine(IReadOnlyList<CompiledRule> rules, IReadOnlyList<SigmaCorrelation> correlations, Pipeline pipeline, List<ConfigProblem> problems, IReadOnlyList<RateAnomaly>? anomalies = null, bool prefilter = true)
    {
        _prefilter = prefilter;
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

            var referring = correlations.Where(c => RefersTo(c, rule.Rule)).ToList();
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
            _prefilters[format] = new PrefilterIndex(
                [.. candidates.Select(c => Named(c.Rule.Prefilter, c.Binding))],
                [.. candidates.Select(c => Named(c.Rule.SecondPrefilter, c.Binding))]);
        }

        _correlations = new CorrelationEngine(correlations);
        foreach (var (format, candidates) in _byFormat)
        {
            _fieldsRead[format] = [.. candidates.SelectMany(c => FieldsRead(c, correlations)).Concat(_anomalies.FieldsRead(format))];
        }

        RuleCount = _byFormat.Values.SelectMany(l => l).Select(b => b.Rule).Distinct().Count();
    }

    // A requirement's literals by the format's field names.
    private static List<FieldLiteral>? Named(LiteralRequirement? requirement, SourceBinding binding) =>
        requirement?.AnyOf.Select(l => l with { Field = l.Field is null ? null : binding.FieldName(l.Field) }).ToList();

    /// <summary>
    /// The only fields (by the format's names) any rule, correlation or rate rule reads of <paramref name="format"/>'s
    /// events, so a parser may skip the others; null for a format no rule reads (it then reads everything).
    /// </summary>
    public IReadOnlySet<string>? FieldsRead(string format) => _fieldsRead.GetValueOrDefault(format);

    // A rule reads its own fields and its binding's; a correlation reads its group-by fields, their aliases and the
    // counted field through the binding of each rule it refers to.
    private static IEnumerable<string> FieldsRead((CompiledRule Rule, SourceBinding Binding, BindingFieldMap Map) candidate, IReadOnlyList<SigmaCorrelation> correlations)
    {
        var (rule, binding, _) = candidate;
        var sigmaNames = rule.Fields.Concat(correlations
            .Where(c => RefersTo(c, rule.Rule))
            .SelectMany(c => c.GroupBy.Concat(c.Aliases.Values.SelectMany(a => a.Values)).Concat(c.Condition.Fields)));
        return sigmaNames.Select(binding.FieldName).Concat(binding.When.Keys);
    }

    private static bool RefersTo(SigmaCorrelation correlation, SigmaRule rule) =>
        correlation.Rules.Contains(rule.Id ?? "\0") || correlation.Rules.Contains(rule.Name ?? "\0");

    /// <summary>Rules bound to at least one log format.</summary>
    public int RuleCount { get; }

    /// <summary>Rate rules bound to at least one log format.</summary>
    public int AnomalyCount => _anomalies.Count;

    /// <summary>The rate rules, for saving and restoring what they learned (<see cref="AnomalyState"/>).</summary>
    public AnomalyDetector Anomalies => _anomalies;

    /// <summary>The detections <paramref name="logEvent"/> raises, rules first, then correlations it completes.</summary>
    public IReadOnlyList<DetectionResult> Evaluate(LogEvent logEvent) => Conclude(logEvent, Match(logEvent));

    /// <summary>
    /// The rules <paramref name="logEvent"/> matches, as indexes into its format's candidates; null for none. Reads no
    /// state that events change, so events may be matched on several threads at once; <see cref="Conclude"/> then takes
    /// them one at a time, in order.
    /// </summary>
    public int[]? Match(LogEvent logEvent)
    {
        if (!_byFormat.TryGetValue(logEvent.Format, out var candidates))
        {
            return null;
        }

        List<int>? matched = null;
        SourceBinding? accessorBinding = null;
        MappedEvent? accessor = null;
        var words = RuleBits.Words(candidates.Count);
        Span<ulong> worth = words <= 64 ? stackalloc ulong[words] : new ulong[words];
        worth.Clear();
        if (_prefilter)
        {
            _prefilters[logEvent.Format].Mark(logEvent, worth);
        }
        else
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                RuleBits.Set(worth, i);
            }
        }

        for (var word = 0; word < worth.Length; word++)
        {
            for (var bits = worth[word]; bits != 0; bits &= bits - 1)
            {
                var i = (word << 6) + BitOperations.TrailingZeroCount(bits);
                var (rule, binding, map) = candidates[i];
                if (!binding.Accepts(logEvent))
                {
                    continue;
                }

                if (!ReferenceEquals(binding, accessorBinding))
                {
                    (accessorBinding, accessor) = (binding, new MappedEvent(logEvent, map));
                }

                if (rule.Matches(accessor!))
                {
                    (matched ??= []).Add(i);
                }
            }
        }

        return matched?.ToArray();
    }

    /// <summary>
    /// What <paramref name="logEvent"/> raises given the rules it matched (<see cref="Match"/>): those rules' detections,
    /// the correlations they complete and the rate rules it sets off. Keeps the correlation windows and rate baselines,
    /// so it must see the events one at a time, in their order.
    /// </summary>
    public IReadOnlyList<DetectionResult> Conclude(LogEvent logEvent, int[]? matched)
    {
        var found = _anomalies.Count == 0 ? null : _anomalies.Evaluate(logEvent);
        if (matched is null)
        {
            return found ?? (IReadOnlyList<DetectionResult>)[];
        }

        var candidates = _byFormat[logEvent.Format];
        foreach (var i in matched)
        {
            var (rule, _, map) = candidates[i];
            if (!_silent.Contains(rule.Rule))
            {
                (found ??= []).Add(new DetectionResult(rule.Rule, null, [logEvent], null));
            }

            if (_referred.Contains(rule.Rule))
            {
                Correlate(rule, map, logEvent, ref found);
            }
        }

        return found ?? (IReadOnlyList<DetectionResult>)[];
    }

    // Apart from the loop above: a lambda there capturing the loop's variables would cost an allocation per iteration.
    private void Correlate(CompiledRule rule, BindingFieldMap map, LogEvent logEvent, ref List<DetectionResult>? found)
    {
        var match = new RuleMatch(rule.Rule.Id, rule.Rule.Name, logEvent, name => map.Find(logEvent, name));
        foreach (var hit in _correlations.Add(match))
        {
            (found ??= []).Add(new DetectionResult(null, hit, hit.Events, hit.GroupText));
        }
    }
}
