using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Yaml;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Scanners.Iac.CloudFormation;

/// <summary>
/// Reads YAML with CloudFormation's short intrinsic tags rewritten to their long forms (<c>!Ref X</c> becomes
/// <c>{Ref: X}</c>, <c>!GetAtt A.B</c> becomes <c>{Fn::GetAtt: [A, B]}</c>), so evaluation only knows one shape.
/// See https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
/// </summary>
internal static class CfnShortForms
{
    private static readonly HashSet<string> Functions =
    [
        "And", "Base64", "Cidr", "Equals", "FindInMap", "GetAZs", "GetAtt", "If", "ImportValue", "Join", "Length",
        "Not", "Or", "Select", "Split", "Sub", "ToJsonString", "Transform",
    ];

    /// <summary>Converts <paramref name="node"/> with short forms expanded.</summary>
    public static IacValue Convert(YamlNode node) => YamlConversion.ToIac(node, Claim);

    private static IacValue? Claim(YamlNode node)
    {
        var name = node.Tag.Value.TrimStart('!');
        var key = name switch
        {
            "Ref" or "Condition" => name,
            _ when Functions.Contains(name) => "Fn::" + name,
            _ => null,
        };
        if (key is null)
        {
            return null;
        }

        var range = YamlConversion.RangeOf(node);
        IacValue argument = node switch
        {
            YamlScalarNode scalar => new IacString(scalar.Value ?? "") { Range = range },
            YamlSequenceNode sequence => new IacList(sequence.Children.Select(Convert).ToList()) { Range = range },
            // A copy without the tag, so conversion does not come back here; its children keep their positions.
            YamlMappingNode mapping => Convert(new YamlMappingNode(mapping.Children)) with { Range = range },
            _ => new IacNull { Range = range },
        };
        if (key == "Fn::GetAtt" && argument is IacString dotted)
        {
            argument = SplitGetAtt(dotted);
        }

        var tag = SourceRange.Line(range.StartLine, range.StartColumn, range.StartColumn + node.Tag.Value.Length);
        var member = new IacMember(key, tag, argument);
        return new IacObject([member]) { Range = ValueSpans.Of(member) };
    }

    // `!GetAtt Db.Endpoint.Address` names resource Db and attribute Endpoint.Address: only the first dot splits.
    private static IacList SplitGetAtt(IacString dotted)
    {
        var dot = dotted.Value.IndexOf('.', StringComparison.Ordinal);
        IacValue[] parts = dot < 0
            ? [dotted]
            : [new IacString(dotted.Value[..dot]) { Range = dotted.Range }, new IacString(dotted.Value[(dot + 1)..]) { Range = dotted.Range }];
        return new IacList(parts) { Range = dotted.Range };
    }
}
