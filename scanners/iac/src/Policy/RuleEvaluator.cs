using System.Text.RegularExpressions;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Policy;

/// <summary>A rule's definite violation on one resource.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Resource">The resource.</param>
/// <param name="Hit">Where and what.</param>
public sealed record RuleHit(IacRule Rule, IacResource Resource, Hit Hit);

/// <summary>Runs the rules that apply to each resource, indexed by platform and type so a resource meets only its own rules.</summary>
public sealed class RuleEvaluator
{
    private readonly Dictionary<string, IacRule[]> _byPlatform;

    // The rules of each (platform, type) pair, found once: most resources share a handful of types.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Platform, string Type), IacRule[]> _byType = new();

    /// <summary>Indexes <paramref name="rules"/>.</summary>
    public RuleEvaluator(IEnumerable<IacRule> rules) =>
        _byPlatform = rules.GroupBy(r => r.Platform).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>Every definite violation of every applicable rule on <paramref name="resource"/>.</summary>
    public IEnumerable<RuleHit> Evaluate(IacResource resource, Neighbourhood neighbours)
    {
        var rules = _byType.GetOrAdd((resource.Platform, resource.Type), key =>
            _byPlatform.TryGetValue(key.Platform, out var all) ? all.Where(r => r.AppliesTo(key.Type)).ToArray() : []);
        foreach (var rule in rules)
        {
            foreach (var hit in Violations(rule, new EvaluationScope(resource.Attributes, resource, neighbours)))
            {
                yield return new RuleHit(rule, resource, hit);
            }
        }
    }

    private static IReadOnlyList<Hit> Violations(IacRule rule, EvaluationScope scope)
    {
        try
        {
            if (rule.When is { } when && !when.Evaluate(scope).Violated)
            {
                return [];
            }

            // One finding per place: two parts of a rule pointing at the same attribute say one thing.
            return rule.Violation.Evaluate(scope).Hits.DistinctBy(h => (h.Range.StartLine, h.Range.StartColumn)).ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }
}
