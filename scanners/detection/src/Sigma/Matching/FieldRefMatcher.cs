using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>
/// <c>field|fieldref: other</c>: the field equals (or, with a position modifier, starts with, ends with or contains)
/// another field of the same event; with <c>neq</c>, it differs from it. Both fields must be present.
/// </summary>
internal sealed class FieldRefMatcher(string field, IReadOnlyList<string> others, StringTestKind kind, StringComparison comparison, bool neq, bool all)
    : IMatcher
{
    public IReadOnlyList<LiteralRequirement> Requirements => Matching.Requirements.None;

    public bool Matches(IEventAccessor e)
    {
        if (e.Field(field) is not { IsNull: false } value)
        {
            return false;
        }

        foreach (var other in others)
        {
            var passes = e.Field(other) is { IsNull: false } reference && Compares(value, reference) != neq;
            if (passes != all)
            {
                return !all;
            }
        }

        return all;
    }

    private bool Compares(EventValue value, EventValue reference)
    {
        foreach (var left in value.Values)
        {
            foreach (var right in reference.Values)
            {
                if (StringTest.Compare(kind, left, right, comparison))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
