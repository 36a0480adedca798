using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Sigma.Matching;
using Bulwark.Scanners.Detection.Sigma.Model;

namespace Bulwark.Scanners.Detection.Sigma.Compiling;

/// <summary>
/// A rule compiled once into a tree of matchers. It reads events only through a field accessor, so the same rule runs
/// on any log format whose field mapping is given.
/// </summary>
internal sealed class CompiledRule(SigmaRule rule, IMatcher root, IReadOnlySet<string> fields)
{
    public SigmaRule Rule => rule;

    /// <summary>The Sigma field names the rule reads, for checking that a field map covers them.</summary>
    public IReadOnlySet<string> Fields => fields;

    /// <summary>
    /// Necessary conditions: whenever the rule matches, each of these holds. An engine can index the rule by the
    /// literals of one of them (<see cref="Prefilter"/>) and skip it for events that contain none.
    /// </summary>
    public IReadOnlyList<LiteralRequirement> Requirements => root.Requirements;

    /// <summary>The most selective requirement, or null when the rule must be tried on every event.</summary>
    public LiteralRequirement? Prefilter { get; } = Matching.Requirements.Strongest(root.Requirements);

    /// <summary>
    /// The most selective requirement after <see cref="Prefilter"/>, or null when there is no other: a rule that needs
    /// a common program (<c>Image</c> ending in <c>/grep</c>) and a rare argument is worth trying only when both are there.
    /// </summary>
    public LiteralRequirement? SecondPrefilter { get; } = Matching.Requirements.Strongest([.. root.Requirements.Where(r => !Equals(r, Matching.Requirements.Strongest(root.Requirements)))]);

    public bool Matches(IEventAccessor e) => root.Matches(e);

    /// <summary>One-off convenience; to match many rules, make one <see cref="MappedEvent"/> per event and reuse it.</summary>
    public bool Matches(LogEvent logEvent, IFieldMap map) => root.Matches(new MappedEvent(logEvent, map));

    public override string ToString() => $"{rule.Label} ({rule.Title})";
}
