using System.Globalization;
using System.Text.RegularExpressions;
using Bulwark.Rules;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host.Checks;

/// <summary>
/// What a value must be: <c>equals</c>, <c>one-of</c>, <c>not</c>, <c>matches</c> (a regex), <c>compare</c>
/// (<c>"&lt;= 4"</c>, numeric) or <c>absent</c>. Exactly one per check.
/// </summary>
public sealed class ValueExpectation
{
    private static readonly string[] Keys = ["equals", "one-of", "not", "matches", "compare", "absent"];
    private readonly string _kind;
    private readonly IReadOnlyList<string> _values;
    private readonly Regex? _regex;
    private readonly string? _operator;
    private readonly double _number;
    private readonly bool _ignoreCase;

    private ValueExpectation(string kind, IReadOnlyList<string> values, Regex? regex, string? op, double number, bool ignoreCase)
    {
        _kind = kind;
        _values = values;
        _regex = regex;
        _operator = op;
        _number = number;
        _ignoreCase = ignoreCase;
    }

    /// <summary>True when the setting must not be set at all.</summary>
    public bool WantsAbsent => _kind == "absent";

    /// <summary>Reads the expectation of <paramref name="map"/>; null (with a problem) when there is none or several.</summary>
    public static ValueExpectation? Read(YamlMap map, bool ignoreCase)
    {
        var given = Keys.Where(k => map.Find(k) is not null).ToList();
        if (given.Count != 1)
        {
            map.Problems.Add(new ConfigProblem($"{map.File}:{map.Line}", $"give exactly one of {string.Join(", ", Keys)} (found {(given.Count == 0 ? "none" : string.Join(", ", given))})"));
            return null;
        }

        var kind = given[0];
        switch (kind)
        {
            case "one-of":
                return new ValueExpectation(kind, map.TextList(kind), null, null, 0, ignoreCase);
            case "absent":
                return map.Flag(kind) == true ? new ValueExpectation(kind, [], null, null, 0, ignoreCase) : Invalid(map, "absent must be true");
            case "matches":
                var pattern = map.Text(kind) ?? "";
                try
                {
                    return new ValueExpectation(kind, [pattern], new Regex(pattern, RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : 0), TimeSpan.FromSeconds(1)), null, 0, ignoreCase);
                }
                catch (ArgumentException e)
                {
                    return Invalid(map, $"matches is not a valid regular expression: {e.Message}");
                }

            case "compare":
                var text = (map.Text(kind) ?? "").Trim();
                var op = new[] { "<=", ">=", "==", "!=", "<", ">" }.FirstOrDefault(o => text.StartsWith(o, StringComparison.Ordinal));
                if (op is null || !double.TryParse(text[op.Length..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return Invalid(map, $"compare must be an operator (<, <=, >, >=, ==, !=) and a number, not '{text}'");
                }

                return new ValueExpectation(kind, [text], null, op, number, ignoreCase);
            default:
                return new ValueExpectation(kind, [map.Text(kind) ?? ""], null, null, 0, ignoreCase);
        }
    }

    /// <summary>Whether <paramref name="value"/> (null: not set) satisfies it.</summary>
    public bool IsMetBy(string? value)
    {
        if (_kind == "absent")
        {
            return value is null;
        }

        if (value is null)
        {
            return _kind == "not";
        }

        var comparison = _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return _kind switch
        {
            "equals" => string.Equals(value, _values[0], comparison),
            "one-of" => _values.Any(v => string.Equals(value, v, comparison)),
            "not" => !string.Equals(value, _values[0], comparison),
            "matches" => _regex!.IsMatch(value),
            "compare" => double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var actual) && Compare(actual),
            _ => false,
        };
    }

    /// <summary>The requirement for a person: <c>no</c>, <c>one of yescrypt, sha512</c>, <c>&lt;= 4</c>.</summary>
    public string Describe() => _kind switch
    {
        "equals" => _values[0],
        "one-of" => "one of " + string.Join(", ", _values),
        "not" => "anything but " + _values[0],
        "matches" => $"matching /{_values[0]}/",
        "compare" => _values[0],
        _ => "not set",
    };

    /// <summary>The value a derived fix writes, when the expectation names one (equals, the first of one-of, a compare's bound).</summary>
    public string? FixValue => _kind switch
    {
        "equals" or "one-of" when _values.Count > 0 => _values[0],
        "compare" => _operator switch
        {
            "<=" or ">=" or "==" => _number.ToString(CultureInfo.InvariantCulture),
            "<" => (_number - 1).ToString(CultureInfo.InvariantCulture),
            ">" => (_number + 1).ToString(CultureInfo.InvariantCulture),
            _ => null,
        },
        _ => null,
    };

    private bool Compare(double actual) => _operator switch
    {
        "<" => actual < _number,
        "<=" => actual <= _number,
        ">" => actual > _number,
        ">=" => actual >= _number,
        "==" => actual == _number,
        _ => actual != _number,
    };

    private static ValueExpectation? Invalid(YamlMap map, string message)
    {
        map.Problems.Add(new ConfigProblem($"{map.File}:{map.Line}", message));
        return null;
    }
}
