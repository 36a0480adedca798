namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>
/// A necessary condition for a rule to match: at least one of <see cref="AnyOf"/> holds. A prefilter may index a
/// rule under the literals of any one of its requirements and skip the rule for events that contain none of them.
/// </summary>
internal sealed record LiteralRequirement(IReadOnlyList<FieldLiteral> AnyOf)
{
    /// <summary>How selective the requirement is: longer shortest literal first, then fewer alternatives.</summary>
    public (int Shortest, int Alternatives) Strength => (AnyOf.Min(l => l.Text.Length), -AnyOf.Count);

    public override string ToString() => string.Join(" | ", AnyOf);
}
