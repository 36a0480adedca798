using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Sigma.Conditions;
using Bulwark.Scanners.Detection.Sigma.Model;

namespace Bulwark.Scanners.Detection.Correlation;

/// <summary>
/// Evaluates correlation rules over base rules' matches as they arrive (batch and live alike): per correlation and group
/// a window of the time span, which fires when the condition holds and then starts afresh (one alert per burst, not one
/// per further event). Memory is bounded: each window keeps at most <see cref="WindowCap"/> matches and each
/// correlation at most <see cref="GroupCap"/> groups, the least recently seen dropped first.
/// </summary>
internal sealed class CorrelationEngine(IReadOnlyList<SigmaCorrelation> correlations)
{
    public const int EventsKept = 20;
    private const int WindowCap = 10_000;
    private const int GroupCap = 50_000;

    private readonly Dictionary<SigmaCorrelation, Dictionary<string, CorrelationWindow>> _windows = correlations.ToDictionary(c => c, _ => new Dictionary<string, CorrelationWindow>(StringComparer.Ordinal));
    private DateTimeOffset _clock = DateTimeOffset.MinValue;

    /// <summary>Groups dropped because a correlation had too many at once.</summary>
    public long DroppedGroups { get; private set; }

    /// <summary>Feeds one match; returns the correlations it completed.</summary>
    public IReadOnlyList<CorrelationHit> Add(RuleMatch match)
    {
        var time = match.Event.Time ?? _clock;
        _clock = time > _clock ? time : _clock;
        List<CorrelationHit>? hits = null;
        foreach (var correlation in correlations)
        {
            var rule = IndexOf(correlation, match);
            if (rule < 0)
            {
                continue;
            }

            var group = Group(correlation, match);
            if (group is null)
            {
                continue;
            }

            var window = WindowFor(correlation, group.Value.Key);
            var counted = correlation.Type == CorrelationType.ValueCount && correlation.Condition.Fields.Count > 0
                ? First(match.Field(correlation.Condition.Fields[0]))
                : null;
            if (correlation.Type == CorrelationType.ValueCount && counted is null)
            {
                continue;
            }

            window.Add(time, rule, counted, match.Event);
            window.Expire(time - correlation.Timespan);
            if (Holds(correlation, window) is { } count)
            {
                (hits ??= []).Add(new CorrelationHit(correlation, group.Value.Fields, time, count, [.. window.Items.Take(EventsKept).Select(i => i.Event)]));
                window.Clear();
            }
        }

        return hits ?? (IReadOnlyList<CorrelationHit>)[];
    }

    private static long? Holds(SigmaCorrelation correlation, CorrelationWindow window)
    {
        switch (correlation.Type)
        {
            case CorrelationType.EventCount:
                return correlation.Condition.Holds(window.Count) ? window.Count : null;
            case CorrelationType.ValueCount:
                var distinct = window.Items.Select(i => i.Value).Distinct(StringComparer.Ordinal).LongCount();
                return correlation.Condition.Holds(distinct) ? distinct : null;
            case CorrelationType.Temporal:
                var seen = window.Items.Select(i => i.Rule).ToHashSet();
                if (correlation.Condition.Expression is { } expression)
                {
                    return Holds(expression, correlation, seen) ? seen.Count : null;
                }

                return seen.Count == correlation.Rules.Count ? seen.Count : null;
            default:
                return InOrder(correlation.Rules.Count, window) ? correlation.Rules.Count : null;
        }
    }

    // A temporal condition written over the referred rules (login and not mfa_passed): a name is true when that rule
    // matched within the window.
    private static bool Holds(ConditionNode node, SigmaCorrelation correlation, HashSet<int> seen) => node switch
    {
        ConditionRef reference => seen.Contains(IndexOf(correlation, reference.Name)),
        ConditionNot not => !Holds(not.Operand, correlation, seen),
        ConditionAnd and => and.Operands.All(o => Holds(o, correlation, seen)),
        ConditionOr or => or.Operands.Any(o => Holds(o, correlation, seen)),
        ConditionOf of => of.All ? of.Names.All(n => seen.Contains(IndexOf(correlation, n))) : of.Names.Any(n => seen.Contains(IndexOf(correlation, n))),
        _ => false,
    };

    private static int IndexOf(SigmaCorrelation correlation, string name)
    {
        for (var i = 0; i < correlation.Rules.Count; i++)
        {
            if (correlation.Rules[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    // Whether rule 0, then rule 1, … each matched no earlier than the one before, all within the window.
    private static bool InOrder(int rules, CorrelationWindow window)
    {
        var next = 0;
        foreach (var item in window.Items)
        {
            if (item.Rule == next && ++next == rules)
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf(SigmaCorrelation correlation, RuleMatch match)
    {
        for (var i = 0; i < correlation.Rules.Count; i++)
        {
            var reference = correlation.Rules[i];
            if (reference == match.RuleId || reference == match.RuleName)
            {
                return i;
            }
        }

        return -1;
    }

    // The group-by values, each read through the alias for this rule when the correlation defines one; null when the
    // event lacks a group-by field (it belongs to no group).
    private static (string Key, IReadOnlyList<(string Field, string Value)> Fields)? Group(SigmaCorrelation correlation, RuleMatch match)
    {
        var fields = new List<(string, string)>(correlation.GroupBy.Count);
        foreach (var name in correlation.GroupBy)
        {
            var field = name;
            if (correlation.Aliases.TryGetValue(name, out var perRule))
            {
                var key = perRule.Keys.FirstOrDefault(k => k == match.RuleName || k == match.RuleId);
                field = key is null ? name : perRule[key];
            }

            if (First(match.Field(field)) is not { } value)
            {
                return null;
            }

            fields.Add((name, value));
        }

        return (string.Join("\u001f", fields.Select(f => f.Item2)), fields);
    }

    private CorrelationWindow WindowFor(SigmaCorrelation correlation, string key)
    {
        var groups = _windows[correlation];
        if (groups.TryGetValue(key, out var window))
        {
            return window;
        }

        if (groups.Count >= GroupCap)
        {
            var stalest = groups.MinBy(g => g.Value.LastSeen).Key;
            groups.Remove(stalest);
            DroppedGroups++;
        }

        return groups[key] = new CorrelationWindow(WindowCap);
    }

    private static string? First(EventValue? value) => value?.Values.FirstOrDefault();
}
