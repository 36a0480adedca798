using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.CloudFormation;

/// <summary>What <c>Ref</c> to a template parameter is worth before deployment: its default, if it has one.</summary>
internal static class CfnParameters
{
    /// <summary>The value of parameter <paramref name="name"/>, placed at the expression that asked for it.</summary>
    public static IacValue Value(CfnTemplate template, string name, IacObject parameter, SourceRange range)
    {
        var type = (parameter["Type"] is { } t ? CfnValues.Text(t) : null) ?? "String";

        // The default of an SSM-typed parameter is the name of the SSM parameter, not the value it resolves to.
        if (type.StartsWith("AWS::SSM::Parameter::Value<", StringComparison.Ordinal))
        {
            return new IacUnknown($"parameter {name} is read from SSM Parameter Store at deploy time") { Range = range };
        }

        if (parameter["Default"] is not { } value)
        {
            return new IacUnknown($"parameter {name} has no default") { Range = range };
        }

        var origin = $"default of parameter {name} ({template.Where(value)})";
        if ((type.StartsWith("List<", StringComparison.Ordinal) || type == "CommaDelimitedList") && CfnValues.Text(value) is { } text)
        {
            var items = text.Split(',', StringSplitOptions.TrimEntries).Select(IacValue (item) => new IacString(item) { Range = value.Range }).ToList();
            return new IacList(items) { Range = range, Origin = origin };
        }

        return value with { Range = range, Origin = origin };
    }
}
