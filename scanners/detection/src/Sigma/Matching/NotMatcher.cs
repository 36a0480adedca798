namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary><c>not x</c>; it requires no literal, since its matches are the events x does not match.</summary>
internal sealed class NotMatcher(IMatcher operand) : IMatcher
{
    public IReadOnlyList<LiteralRequirement> Requirements => Matching.Requirements.None;

    public bool Matches(IEventAccessor e) => !operand.Matches(e);
}
