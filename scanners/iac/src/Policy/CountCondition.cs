using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Policy;

/// <summary>
/// <c>count: PATH</c>: how many values the path leads to (items of a list it ends on included), optionally only
/// those satisfying <c>where</c>. <c>at-least: N</c> is violated by N or more (two CMD instructions in one stage;
/// reported at the N-th), <c>at-most: N</c> by N or fewer (no ingress rule at all; reported at the scope).
/// Unknown values leave the count undecided unless it is already decided without them.
/// </summary>
public sealed class CountCondition(AttributePath path, Condition? where, int? atLeast, int? atMost) : Condition
{
    /// <inheritdoc />
    public override Outcome Evaluate(EvaluationScope scope)
    {
        var counted = new List<IacValue>();
        var unknown = false;
        foreach (var match in path.Resolve(scope.Value))
        {
            if (match.IsUnknown)
            {
                unknown = true;
                continue;
            }

            IEnumerable<IacValue> elements = match.Value switch
            {
                null or IacNull => [],
                IacList list => list.Items,
                var single => [single],
            };
            foreach (var element in elements)
            {
                if (element is IacUnknown)
                {
                    unknown = true;
                    continue;
                }

                var fits = where?.Evaluate(scope with { Value = element }) ?? new Outcome([new Hit(element.Range, "")], false);
                unknown |= fits.Unknown && !fits.Violated;
                if (fits.Violated)
                {
                    counted.Add(element);
                }
            }
        }

        if (atLeast is { } least)
        {
            return counted.Count >= least
                ? new Outcome([new Hit(Where(counted[least - 1].Range, scope), $"{path} has {counted.Count} matching values")], false)
                : unknown ? Outcome.Undecided : Outcome.Clear;
        }

        var most = atMost!.Value;
        if (counted.Count > most)
        {
            return Outcome.Clear;
        }

        return unknown ? Outcome.Undecided
            : new Outcome([new Hit(Where(scope.Value.Range, scope), counted.Count == 0 ? $"{path} has no matching value" : $"{path} has only {counted.Count} matching values")], false);
    }

    private static SourceRange Where(SourceRange range, EvaluationScope scope) =>
        range.IsKnown && range != scope.Resource.Attributes.Range ? range : scope.Resource.Range;
}
