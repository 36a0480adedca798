namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary><c>field: null</c>: the field is absent, or present with a null value.</summary>
internal sealed class NullMatcher(string field) : IMatcher
{
    public IReadOnlyList<LiteralRequirement> Requirements => Matching.Requirements.None;

    public bool Matches(IEventAccessor e) => e.Field(field) is null or { IsNull: true };
}
