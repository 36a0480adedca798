namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>Always or never matches: what an item becomes when expanding its values left nothing to compare.</summary>
internal sealed class ConstantMatcher(bool result) : IMatcher
{
    public static ConstantMatcher Never { get; } = new(false);

    public IReadOnlyList<LiteralRequirement> Requirements => Matching.Requirements.None;

    public bool Matches(IEventAccessor e) => result;
}
