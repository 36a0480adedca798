using Bulwark.Scanners.Detection.Sigma.Matching;
using Bulwark.Scanners.Detection.Sigma.Model;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Detection.Sigma.Compiling;

/// <summary>
/// Compiles loaded rules into matchers, once per rule. What can only fail now (a placeholder without a value) refuses
/// the rule with <c>file:line: rule ID: reason</c>; the other rules still compile.
/// </summary>
internal static class SigmaCompiler
{
    public static (IReadOnlyList<CompiledRule> Rules, IReadOnlyList<ConfigProblem> Problems) CompileAll(IEnumerable<SigmaRule> rules, SigmaCompileOptions? options = null)
    {
        var compiled = new List<CompiledRule>();
        var problems = new List<ConfigProblem>();
        foreach (var rule in rules)
        {
            var result = Compile(rule, options);
            if (result.Succeeded)
            {
                compiled.Add(result.Value!);
            }

            problems.AddRange(result.Problems);
        }

        return (compiled, problems);
    }

    public static Created<CompiledRule> Compile(SigmaRule rule, SigmaCompileOptions? options = null)
    {
        options ??= SigmaCompileOptions.Default;
        var problems = new List<ConfigProblem>();
        var searches = new Dictionary<string, IMatcher>(StringComparer.Ordinal);
        foreach (var search in rule.Detection.Searches)
        {
            if (Compile(search.Body, rule, options, problems) is { } matcher)
            {
                searches[search.Name] = matcher;
            }
        }

        if (problems.Count > 0)
        {
            return Created<CompiledRule>.Failed(problems);
        }

        var conditions = rule.Detection.Conditions.Select(c => ConditionCompiler.Compile(c.Tree, searches)).ToList();
        var root = conditions.Count == 1 ? conditions[0] : new OrMatcher(conditions);
        return Created<CompiledRule>.Ok(new CompiledRule(rule, root, FieldsOf(rule)));
    }

    private static IMatcher? Compile(SearchNode node, SigmaRule rule, SigmaCompileOptions options, List<ConfigProblem> problems)
    {
        switch (node)
        {
            case SearchAllOf all:
                var items = all.Items.Select(i => Compile(i, rule, options, problems)).ToList();
                return items.Any(i => i is null) ? null : new AndMatcher(items!);
            case SearchAnyOf any:
                var alternatives = any.Items.Select(i => Compile(i, rule, options, problems)).ToList();
                return alternatives.Any(i => i is null) ? null : new OrMatcher(alternatives!);
            default:
                var item = (DetectionItem)node;
                var (matcher, error) = ItemCompiler.Compile(item, options);
                if (error is not null)
                {
                    problems.Add(new ConfigProblem(item.Where, $"rule {rule.Label}: {error}"));
                }

                return matcher;
        }
    }

    private static HashSet<string> FieldsOf(SigmaRule rule)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        void Walk(SearchNode node)
        {
            switch (node)
            {
                case SearchAllOf all:
                    all.Items.ToList().ForEach(Walk);
                    break;
                case SearchAnyOf any:
                    any.Items.ToList().ForEach(Walk);
                    break;
                case DetectionItem { Field: { } field } item:
                    fields.Add(field);
                    if (item.Modifiers.Kind == ValueKind.FieldRef)
                    {
                        fields.UnionWith(item.Values.Select(v => v.Text!));
                    }

                    break;
            }
        }

        rule.Detection.Searches.ToList().ForEach(s => Walk(s.Body));
        return fields;
    }
}
