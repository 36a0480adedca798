namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary><c>field|exists: true/false</c>: only the field's presence counts, not its value (null and empty are present).</summary>
internal sealed class ExistsMatcher(string field, bool expected) : IMatcher
{
    public IReadOnlyList<LiteralRequirement> Requirements => Matching.Requirements.None;

    public bool Matches(IEventAccessor e) => e.Field(field) is not null == expected;
}
