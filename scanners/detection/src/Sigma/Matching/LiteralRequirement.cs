namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>
/// A necessary condition for a rule to match: at least one of <see cref="AnyOf"/> holds. A prefilter may index a
/// rule under the literals of any one of its requirements and skip the rule for events that contain none of them.
/// </summary>
internal sealed record LiteralRequirement(IReadOnlyList<FieldLiteral> AnyOf)
{
    /// <summary>
    /// How selective the requirement is: longer shortest literal first, then fewer alternatives. A literal anchored at
    /// an end of the value counts as four characters longer, a whole value as eight: ending in <c>/nc</c> is rarer than
    /// containing <c>/nc</c>, and far cheaper to look for.
    /// </summary>
    public (int Shortest, int Alternatives) Strength => (AnyOf.Min(Weight), -AnyOf.Count);

    private static int Weight(FieldLiteral literal) => literal.Text.Length + literal.Place switch
    {
        LiteralPlace.Whole => 8,
        LiteralPlace.Anywhere => 0,
        _ => 4,
    };

    public override string ToString() => string.Join(" | ", AnyOf);
}
