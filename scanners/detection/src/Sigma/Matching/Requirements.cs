namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>
/// Combines what sub-matchers require. AND keeps every child's requirements. OR can only require something every
/// branch requires, so it joins the strongest requirement of each branch into one (any of them); a branch with no
/// requirement leaves OR with none. NOT requires nothing.
/// </summary>
internal static class Requirements
{
    public static IReadOnlyList<LiteralRequirement> None { get; } = [];

    public static IReadOnlyList<LiteralRequirement> And(IEnumerable<IMatcher> children) =>
        children.SelectMany(c => c.Requirements).Distinct().ToList();

    public static IReadOnlyList<LiteralRequirement> Or(IEnumerable<IMatcher> children)
    {
        var joined = new List<FieldLiteral>();
        foreach (var child in children)
        {
            if (Strongest(child.Requirements) is not { } best)
            {
                return None;
            }

            joined.AddRange(best.AnyOf);
        }

        return joined.Count == 0 ? None : [new LiteralRequirement(joined.Distinct().ToList())];
    }

    /// <summary>The requirement a prefilter should index by, or null when there is none.</summary>
    public static LiteralRequirement? Strongest(IReadOnlyList<LiteralRequirement> requirements) =>
        requirements.Count == 0 ? null : requirements.MaxBy(r => r.Strength);
}
