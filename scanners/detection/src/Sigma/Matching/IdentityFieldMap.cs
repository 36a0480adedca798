using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>The mapping for events whose fields already carry Sigma's names: a field is looked up as written.</summary>
internal sealed class IdentityFieldMap : IFieldMap
{
    public static IdentityFieldMap Instance { get; } = new();

    public EventValue? Find(LogEvent logEvent, string sigmaField) => logEvent.Fields.GetValueOrDefault(sigmaField);
}
