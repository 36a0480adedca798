using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Pipelines;
using Bulwark.Scanners.Detection.Sigma.Matching;

namespace Bulwark.Scanners.Detection.Engine;

/// <summary>A pipeline binding as the rules' field map: Sigma's name translated to the parser's, then looked up.</summary>
internal sealed class BindingFieldMap(SourceBinding binding) : IFieldMap
{
    // Most bindings rename nothing (JSON events already carry the taxonomy's names): then there is nothing to look up.
    private readonly bool _renames = binding.Fields.Count > 0;

    public EventValue? Find(LogEvent logEvent, string sigmaField) =>
        logEvent.Fields.GetValueOrDefault(_renames ? binding.FieldName(sigmaField) : sigmaField);
}
