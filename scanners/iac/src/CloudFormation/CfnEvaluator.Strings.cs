using System.Globalization;
using System.Text;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.CloudFormation;

/// <summary>The string functions: Join, Sub, Select, Split, Base64.</summary>
internal sealed partial class CfnEvaluator
{
    private static IacValue Join(IacValue argument, SourceRange range)
    {
        if (argument is not IacList { Items: [var delimiter, IacList parts] } || CfnValues.Text(delimiter) is not { } separator)
        {
            return CfnValues.Unknown("Fn::Join of values known at deploy time", range, argument);
        }

        var texts = parts.Items.Select(CfnValues.Text).ToList();
        return texts.Any(t => t is null)
            ? CfnValues.Unknown("Fn::Join of values known at deploy time", range, parts)
            : new IacString(string.Join(separator, texts)) { Range = range, Origin = Origins(parts.Items) };
    }

    private IacValue Sub(IacValue argument, SourceRange range)
    {
        var (text, variables) = argument switch
        {
            IacString s => (s.Value, IacObject.EmptyObject),
            IacList { Items: [IacString s, IacObject map] } => (s.Value, map),
            _ => (null, IacObject.EmptyObject),
        };
        if (text is null)
        {
            return CfnValues.Unknown("Fn::Sub of values known at deploy time", range, Evaluate(argument));
        }

        var result = new StringBuilder();
        var used = new List<IacValue>();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf("${", position, StringComparison.Ordinal);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 2);
            if (close < 0)
            {
                result.Append(text, position, text.Length - position);
                break;
            }

            result.Append(text, position, open - position);
            var name = text[(open + 2)..close];
            if (name.StartsWith('!'))
            {
                // ${!Literal} is written out as ${Literal}.
                result.Append("${").Append(name, 1, name.Length - 1).Append('}');
            }
            else
            {
                var value = SubVariable(name.Trim(), variables, range);
                used.Add(value);
                result.Append(CfnValues.Text(value));
            }

            position = close + 1;
        }

        return used.Any(v => CfnValues.Text(v) is null)
            ? CfnValues.Unknown("Fn::Sub of values known at deploy time", range, used)
            : new IacString(result.ToString()) { Range = range, Origin = Origins(used) };
    }

    private IacValue SubVariable(string name, IacObject variables, SourceRange range)
    {
        if (variables[name] is { } given)
        {
            return Evaluate(given);
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && !name.StartsWith("AWS::", StringComparison.Ordinal)
            ? GetAtt(new IacString(name), range)
            : Ref(name, range);
    }

    private static IacValue Select(IacValue argument, SourceRange range)
    {
        if (argument is IacList { Items: [var index, IacList list] }
            && int.TryParse(CfnValues.Text(index), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)
            && i >= 0 && i < list.Items.Count)
        {
            var chosen = list.Items[i];
            return chosen is IacUnknown ? chosen : chosen with { Range = range, Origin = chosen.Origin ?? list.Origin };
        }

        return CfnValues.Unknown("Fn::Select over values known at deploy time", range, argument);
    }

    private static IacValue Split(IacValue argument, SourceRange range)
    {
        if (argument is IacList { Items: [var delimiter, var source] } && CfnValues.Text(delimiter) is { Length: > 0 } separator && CfnValues.Text(source) is { } text)
        {
            var items = text.Split(separator).Select(IacValue (part) => new IacString(part) { Range = range }).ToList();
            return new IacList(items) { Range = range, Origin = source.Origin };
        }

        return CfnValues.Unknown("Fn::Split of a value known at deploy time", range, argument);
    }

    // The text before encoding is what rules want to read (secrets in UserData), so Base64 is not applied.
    private static IacValue Base64(IacValue argument, SourceRange range) =>
        CfnValues.Text(argument) is { } text
            ? new IacString(text) { Range = range, Origin = "Fn::Base64 input (deployed base64-encoded)" + (argument.Origin is { } o ? "; " + o : "") }
            : CfnValues.Unknown("Fn::Base64 of a value known at deploy time", range, argument);

    private static string? Origins(IEnumerable<IacValue> parts)
    {
        var origins = parts.Select(p => p.Origin).OfType<string>().Distinct().ToList();
        return origins.Count == 0 ? null : string.Join("; ", origins);
    }
}
