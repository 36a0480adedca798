namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>Every child matches (a map's items, <c>and</c>, <c>all of</c>).</summary>
internal sealed class AndMatcher(IReadOnlyList<IMatcher> children) : IMatcher
{
    private readonly IMatcher[] _children = [.. children];

    public IReadOnlyList<LiteralRequirement> Requirements { get; } = Matching.Requirements.And(children);

    public bool Matches(IEventAccessor e)
    {
        foreach (var child in _children)
        {
            if (!child.Matches(e))
            {
                return false;
            }
        }

        return true;
    }
}
