namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>Any child matches (a list's elements, <c>or</c>, <c>1 of</c>, several conditions).</summary>
internal sealed class OrMatcher(IReadOnlyList<IMatcher> children) : IMatcher
{
    private readonly IMatcher[] _children = [.. children];

    public IReadOnlyList<LiteralRequirement> Requirements { get; } = Matching.Requirements.Or(children);

    public bool Matches(IEventAccessor e)
    {
        foreach (var child in _children)
        {
            if (child.Matches(e))
            {
                return true;
            }
        }

        return false;
    }
}
