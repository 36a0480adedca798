using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>
/// Finds a Sigma field (<c>CommandLine</c>, <c>Image</c>) in an event whose parser used its own names: the field
/// mapping between Sigma's taxonomy and a log format lives behind this, outside the rules.
/// </summary>
internal interface IFieldMap
{
    /// <summary>The value <paramref name="sigmaField"/> stands for in <paramref name="logEvent"/>; null when it has none.</summary>
    EventValue? Find(LogEvent logEvent, string sigmaField);
}
