using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.CloudFormation;

/// <summary>
/// Evaluates intrinsic functions as far as a template alone allows: parameters resolve to their defaults,
/// mappings and conditions are looked up, and anything decided at deploy time (pseudo parameters, resource
/// attributes, imports, SSM parameters) becomes <see cref="IacUnknown"/>, carrying the resources it refers to.
/// A known result keeps the range of the expression that produced it, so a finding points at the property.
/// </summary>
internal sealed partial class CfnEvaluator(CfnTemplate template)
{
    /// <summary>The value with every intrinsic function evaluated; may be <see cref="CfnNoValue"/> at the top.</summary>
    public IacValue Evaluate(IacValue value) => value switch
    {
        IacObject { Members: [var only] } call when IsIntrinsic(only.Key) => Call(only.Key, only.Value, ValueSpans.Of(call)),
        IacObject o => o with { Members = o.Members.Select(m => m with { Value = Evaluate(m.Value) }).Where(m => m.Value is not CfnNoValue).ToList() },
        IacList l => l with { Items = l.Items.Select(Evaluate).Where(i => i is not CfnNoValue).ToList() },
        _ => value,
    };

    private static bool IsIntrinsic(string key) => key == "Ref" || key.StartsWith("Fn::", StringComparison.Ordinal);

    private IacValue Call(string function, IacValue argument, SourceRange range) => function switch
    {
        "Ref" => argument is IacString name ? Ref(name.Value, range) : new IacUnknown("Ref needs a name") { Range = range },
        "Fn::GetAtt" => GetAtt(Evaluate(argument), range),
        "Fn::Join" => Join(Evaluate(argument), range),
        "Fn::Sub" => Sub(argument, range),
        "Fn::Select" => Select(Evaluate(argument), range),
        "Fn::Split" => Split(Evaluate(argument), range),
        "Fn::Base64" => Base64(Evaluate(argument), range),
        "Fn::Length" => Evaluate(argument) is IacList list && CfnValues.IsKnown(list)
            ? new IacNumber(list.Items.Count) { Range = range }
            : CfnValues.Unknown("Fn::Length of a list known at deploy time", range, argument),
        "Fn::FindInMap" => FindInMap(Evaluate(argument), range),
        "Fn::If" => If(argument, range),
        "Fn::Equals" or "Fn::And" or "Fn::Or" or "Fn::Not" => Test(new IacObject([new IacMember(function, range, argument)])) is { } known
            ? new IacBool(known) { Range = range }
            : new IacUnknown($"{function} of values known at deploy time") { Range = range },
        // GetAZs, ImportValue, Cidr, Transform, ToJsonString: known to the deployment (or not worth guessing).
        _ => CfnValues.Unknown($"{function} is evaluated at deploy time", range, Evaluate(argument)),
    };

    private IacValue Ref(string name, SourceRange range)
    {
        if (name == "AWS::NoValue")
        {
            return CfnNoValue.Instance;
        }

        if (template.Parameters[name] is IacObject parameter)
        {
            return CfnParameters.Value(template, name, parameter, range);
        }

        if (template.IsResource(name))
        {
            return new IacUnknown($"{name} is created at deploy time") { Range = range, References = new HashSet<string> { name } };
        }

        return new IacUnknown(name.StartsWith("AWS::", StringComparison.Ordinal)
            ? $"{name} is a pseudo parameter, known at deploy time"
            : $"{name} is not a parameter or resource of this template") { Range = range };
    }

    private IacValue GetAtt(IacValue argument, SourceRange range)
    {
        var parts = argument switch
        {
            IacList { Items: [var resource, var attribute] } => (CfnValues.Text(resource), CfnValues.Text(attribute) ?? "?"),
            IacString dotted when dotted.Value.Split('.', 2) is [var resource, var attribute] => (resource, attribute),
            _ => (null, null),
        };
        if (parts.Item1 is not { } id)
        {
            return CfnValues.Unknown("Fn::GetAtt is evaluated at deploy time", range, argument);
        }

        var references = template.IsResource(id) ? new HashSet<string> { id } : IacValue.Empty;
        return new IacUnknown($"{id}.{parts.Item2} is known after deployment") { Range = range, References = references };
    }
}
