using Bulwark.Scanners.Detection.Sigma.Model;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Detection.Sigma.Loading;

/// <summary>Checks across files: ids are unique, and a correlation names only rules (or correlations) that loaded.</summary>
internal static class RuleReferences
{
    /// <summary>Keeps the first rule or correlation with each id; a later one with the same id is refused.</summary>
    public static (List<SigmaRule> Rules, List<SigmaCorrelation> Correlations) DropDuplicateIds(
        List<SigmaRule> rules, List<SigmaCorrelation> correlations, List<ConfigProblem> problems)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        bool Keep(string? id, string where, string label)
        {
            if (id is null || seen.TryAdd(id, where))
            {
                return true;
            }

            problems.Add(new ConfigProblem(where, $"{label}: id {id} is already used by the rule at {seen[id]}"));
            return false;
        }

        return (rules.Where(r => Keep(r.Id, r.Where, "rule " + r.Label)).ToList(),
            correlations.Where(c => Keep(c.Id, c.Where, "correlation " + c.Label)).ToList());
    }

    /// <summary>
    /// The correlations whose every referred rule loaded (by id or name). Refusing one can leave another referring to
    /// it, so this repeats until nothing changes.
    /// </summary>
    public static List<SigmaCorrelation> CheckCorrelations(List<SigmaRule> rules, List<SigmaCorrelation> correlations, List<ConfigProblem> problems)
    {
        var kept = correlations;
        while (true)
        {
            var names = rules.SelectMany(r => new[] { r.Id, r.Name }).Concat(kept.SelectMany(c => new[] { c.Id, c.Name }))
                .OfType<string>().ToHashSet(StringComparer.Ordinal);
            var broken = kept.Where(c => c.Rules.Any(r => !names.Contains(r))).ToList();
            if (broken.Count == 0)
            {
                return kept;
            }

            foreach (var correlation in broken)
            {
                var missing = string.Join(", ", correlation.Rules.Where(r => !names.Contains(r)));
                problems.Add(new ConfigProblem(correlation.Where, $"correlation {correlation.Label}: refers to {missing}, which no loaded rule has as id or name"));
            }

            kept = kept.Except(broken).ToList();
        }
    }
}
