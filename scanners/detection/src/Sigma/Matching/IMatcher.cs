namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>A compiled piece of a rule: it decides on one event, and says which literals any match needs.</summary>
internal interface IMatcher
{
    bool Matches(IEventAccessor e);

    /// <summary>Requirements that all hold whenever <see cref="Matches"/> is true (possibly none).</summary>
    IReadOnlyList<LiteralRequirement> Requirements { get; }
}
