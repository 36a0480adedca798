using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.CloudFormation;

/// <summary>
/// Applies SAM's <c>Globals</c> section to a serverless resource's properties, as the SAM transform does:
/// scalars in the resource win, maps are merged, lists are concatenated (globals first). Without this, a
/// setting made once in <c>Globals.Function</c> would look missing on every function.
/// See https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html
/// </summary>
internal static class SamGlobals
{
    private const string Prefix = "AWS::Serverless::";

    /// <summary>The resource's properties with its globals merged in (or <paramref name="properties"/> when none apply).</summary>
    public static IacValue? Apply(CfnTemplate template, CfnEvaluator evaluator, string type, IacValue? properties)
    {
        if (!type.StartsWith(Prefix, StringComparison.Ordinal) || template.Globals[type[Prefix.Length..]] is not IacObject globals)
        {
            return properties;
        }

        var section = $"Globals.{type[Prefix.Length..]}";
        var evaluated = evaluator.Evaluate(globals) as IacObject ?? IacObject.EmptyObject;
        return properties switch
        {
            null => Tag(evaluated, section, template) with { Range = SourceRange.None },
            IacObject own => Merge(Tag(evaluated, section, template), own),
            _ => properties,
        };
    }

    private static IacObject Tag(IacObject globals, string section, CfnTemplate template) =>
        globals with
        {
            Members = globals.Members.Select(m => m with { Value = m.Value with { Origin = $"{section}.{m.Key} ({template.Where(m.Value)})" } }).ToList(),
        };

    private static IacObject Merge(IacObject global, IacObject own)
    {
        var members = own.Members.ToList();
        foreach (var inherited in global.Members)
        {
            var index = members.FindIndex(m => m.Key == inherited.Key);
            if (index < 0)
            {
                members.Add(inherited);
                continue;
            }

            var mine = members[index];
            members[index] = (inherited.Value, mine.Value) switch
            {
                (IacObject g, IacObject o) => mine with { Value = Merge(g, o) },
                (IacList g, IacList o) => mine with { Value = o with { Items = [.. g.Items, .. o.Items] } },
                _ => mine,
            };
        }

        return own with { Members = members };
    }
}
