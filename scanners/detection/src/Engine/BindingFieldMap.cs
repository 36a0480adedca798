using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Pipelines;
using Bulwark.Scanners.Detection.Sigma.Matching;

namespace Bulwark.Scanners.Detection.Engine;

/// <summary>A pipeline binding as the rules' field map: Sigma's name translated to the parser's, then looked up.</summary>
internal sealed class BindingFieldMap(SourceBinding binding) : IFieldMap
{
    public EventValue? Find(LogEvent logEvent, string sigmaField) => logEvent.Fields.GetValueOrDefault(binding.FieldName(sigmaField));
}
