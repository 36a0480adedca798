using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.CloudFormation;

/// <summary>Turns one entry of <c>Resources</c> into an <see cref="IacResource"/>.</summary>
internal static class CfnResource
{
    /// <summary>
    /// The resource, or null when it is not created (its condition is known to be false) or is malformed (then
    /// a diagnostic says why). Properties are evaluated; the other attributes are kept as written.
    /// </summary>
    public static IacResource? Build(CfnTemplate template, CfnEvaluator evaluator, IacMember declaration, IEnumerable<IacSuppression> comments, List<IacDiagnostic> diagnostics)
    {
        var range = ValueSpans.Of(declaration);
        if (declaration.Value is not IacObject definition || definition["Type"] is not IacString type)
        {
            diagnostics.Add(new IacDiagnostic(template.File, range, $"resource {declaration.Key}: no Type, so it is not checked"));
            return null;
        }

        if (definition["Condition"] is IacString condition && evaluator.Condition(condition.Value) == false)
        {
            return null;
        }

        var members = definition.Members.Where(m => m.Key != "Properties").ToList();
        var written = definition.Member("Properties");
        var properties = written is null ? null : evaluator.Evaluate(written.Value);
        properties = SamGlobals.Apply(template, evaluator, type.Value, properties is CfnNoValue ? null : properties);
        if (properties is not null)
        {
            var at = written is null ? members.Count : definition.Members.ToList().IndexOf(written);
            members.Insert(at, new IacMember("Properties", written?.KeyRange ?? SourceRange.None, properties));
        }

        return new IacResource
        {
            Platform = IacPlatform.CloudFormation,
            Type = type.Value,
            Name = declaration.Key,
            Address = declaration.Key,
            File = template.File,
            Range = range,
            Attributes = definition with { Members = members },
            Suppressions = [.. comments, .. CfnMetadataSkips.Read(definition)],
        };
    }
}
