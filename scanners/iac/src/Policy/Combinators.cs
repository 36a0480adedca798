using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Policy;

/// <summary><c>all-of</c>: violated when every part is; the first part's hits say where.</summary>
public sealed class AllOf(IReadOnlyList<Condition> parts) : Condition
{
    /// <inheritdoc />
    public override Outcome Evaluate(EvaluationScope scope)
    {
        IReadOnlyList<Hit>? first = null;
        var unknown = false;
        foreach (var part in parts)
        {
            var outcome = part.Evaluate(scope);
            if (outcome.DefinitelyClear)
            {
                return Outcome.Clear;
            }

            unknown |= !outcome.Violated;
            first ??= outcome.Violated ? outcome.Hits : null;
        }

        return unknown ? Outcome.Undecided : new Outcome(first!, false);
    }
}

/// <summary><c>any-of</c>: violated when some part is; every violated part's hits are kept.</summary>
public sealed class AnyOf(IReadOnlyList<Condition> parts) : Condition
{
    /// <inheritdoc />
    public override Outcome Evaluate(EvaluationScope scope)
    {
        var hits = new List<Hit>();
        var unknown = false;
        foreach (var part in parts)
        {
            var outcome = part.Evaluate(scope);
            hits.AddRange(outcome.Hits);
            unknown |= outcome.Unknown;
        }

        return new Outcome(hits, hits.Count == 0 && unknown);
    }
}

/// <summary><c>not</c>: violated when the part definitely does not hold; reported at the scope.</summary>
public sealed class Not(Condition part, string detail) : Condition
{
    /// <inheritdoc />
    public override Outcome Evaluate(EvaluationScope scope)
    {
        var outcome = part.Evaluate(scope);
        return outcome.DefinitelyClear ? new Outcome([new Hit(scope.Value.Range.IsKnown ? scope.Value.Range : scope.Resource.Range, detail)], false)
            : outcome.Violated ? Outcome.Clear
            : Outcome.Undecided;
    }
}

/// <summary>
/// <c>each</c>: the inner condition is evaluated once per value the path leads to, with that value as its
/// scope, so conditions about one element (one ingress rule, one container) stay about the same element.
/// A path that ends on a list (<c>each: containers</c>) walks the list's items.
/// </summary>
public sealed class Each(AttributePath path, Condition inner) : Condition
{
    /// <inheritdoc />
    public override Outcome Evaluate(EvaluationScope scope)
    {
        var hits = new List<Hit>();
        var unknown = false;
        foreach (var match in path.Resolve(scope.Value))
        {
            if (match.IsUnknown)
            {
                unknown = true;
                continue;
            }

            if (match.Value is null)
            {
                continue;
            }

            // each: containers means every container: a path ending on a list walks its items.
            var elements = match.Value is IacList list
                ? list.Items.Select((item, i) => (Value: item, Where: $"{match.Where}[{i}]")).ToList()
                : [(Value: match.Value, Where: match.Where)];
            foreach (var (value, where) in elements)
            {
                if (value is IacUnknown)
                {
                    unknown = true;
                    continue;
                }

                var outcome = inner.Evaluate(scope with { Value = value, Prefix = scope.Qualify(where) });
                hits.AddRange(outcome.Hits);
                unknown |= outcome.Unknown;
            }
        }

        return new Outcome(hits, hits.Count == 0 && unknown);
    }
}
