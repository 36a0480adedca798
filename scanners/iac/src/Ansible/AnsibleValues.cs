using System.Text.RegularExpressions;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Ansible;

/// <summary>
/// Makes task values say what Ansible would use: <c>{{ var }}</c> resolved when <c>var</c> is a literal in scope
/// (anything else in Jinja is only known at run time), Ansible's boolean spellings read as booleans, and
/// leading-zero numbers kept as written (PyYAML reads <c>0644</c> as octal; a decimal 644 would mislead a rule
/// about file modes).
/// </summary>
internal static partial class AnsibleValues
{
    /// <summary>The origin given to <c>!unsafe</c> strings, which Ansible never templates.</summary>
    public const string Unsafe = "!unsafe (never templated)";

    private const int MaxDepth = 8;

    /// <summary><paramref name="value"/> with its Jinja resolved against <paramref name="variables"/>.</summary>
    public static IacValue Resolve(IacValue value, IReadOnlyDictionary<string, IacValue> variables, AnsibleSource source, int depth = 0) => value switch
    {
        IacString { Origin: Unsafe } => value,
        IacString s when s.Value.Contains("{{", StringComparison.Ordinal) || s.Value.Contains("{%", StringComparison.Ordinal) => Template(s, variables, source, depth),
        IacNumber n when source.Written(n.Range) is { } written && LeadingZero().IsMatch(written) => new IacString(written) { Range = n.Range },
        IacList l => l with { Items = l.Items.Select(i => Resolve(i, variables, source, depth)).ToList() },
        IacObject o => o with { Members = o.Members.Select(m => m with { Value = Resolve(m.Value, variables, source, depth) }).ToList() },
        _ => value,
    };

    /// <summary>
    /// Ansible's boolean spellings (<c>yes</c>, <c>on</c>, <c>1</c>, <c>"true"</c>…) as <see cref="IacBool"/>;
    /// other values unchanged. With <paramref name="wordsOnly"/>, only yes/no/true/false/on/off count: a
    /// <c>k=v</c> value of 1 is as likely a number.
    /// </summary>
    public static IacValue Boolean(IacValue value, bool wordsOnly = false)
    {
        if (wordsOnly && value is IacString { Value: var word } && word.ToLowerInvariant() is not ("yes" or "no" or "true" or "false" or "on" or "off"))
        {
            return value;
        }

        var text = value switch
        {
            IacString s => s.Value.Trim().ToLowerInvariant(),
            IacNumber n => n.Value is 0 or 1 ? n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            _ => null,
        };
        return text switch
        {
            "yes" or "on" or "1" or "true" or "y" or "t" => new IacBool(true) { Range = value.Range, Origin = value.Origin },
            "no" or "off" or "0" or "false" or "n" or "f" => new IacBool(false) { Range = value.Range, Origin = value.Origin },
            _ => value,
        };
    }

    private static IacValue Template(IacString template, IReadOnlyDictionary<string, IacValue> variables, AnsibleSource source, int depth)
    {
        if (depth >= MaxDepth || template.Value.Contains("{%", StringComparison.Ordinal))
        {
            return new IacUnknown("a Jinja template evaluated at run time") { Range = template.Range };
        }

        // The whole value is one variable: it keeps the variable's type (a list stays a list).
        if (WholeVariable().Match(template.Value) is { Success: true } whole)
        {
            return Lookup(whole.Groups["name"].Value, variables, source, depth) is { } found
                ? found with { Range = template.Range, Origin = variables[whole.Groups["name"].Value].Origin }
                : Unknown(template);
        }

        var origins = new List<string>();
        var unknown = false;
        var text = Expression().Replace(template.Value, m =>
        {
            var found = m.Groups["name"].Success ? Lookup(m.Groups["name"].Value, variables, source, depth) : null;
            var rendered = found is null ? null : Render(found);
            unknown |= rendered is null;
            if (rendered is not null && variables[m.Groups["name"].Value].Origin is { } origin)
            {
                origins.Add(origin);
            }

            return rendered ?? "";
        });
        return unknown ? Unknown(template) : new IacString(text) { Range = template.Range, Origin = origins.Count == 0 ? null : string.Join("; ", origins.Distinct()) };
    }

    private static IacValue? Lookup(string name, IReadOnlyDictionary<string, IacValue> variables, AnsibleSource source, int depth)
    {
        if (!variables.TryGetValue(name, out var value) || value is IacUnknown)
        {
            return null;
        }

        var resolved = Resolve(value, variables, source, depth + 1);
        return ContainsUnknown(resolved) ? null : resolved;
    }

    private static bool ContainsUnknown(IacValue value) => value switch
    {
        IacUnknown => true,
        IacList l => l.Items.Any(ContainsUnknown),
        IacObject o => o.Members.Any(m => ContainsUnknown(m.Value)),
        _ => false,
    };

    // Python renders booleans capitalised; Jinja output of a list or dict is not worth imitating.
    private static string? Render(IacValue value) => value switch
    {
        IacString s => s.Value,
        IacNumber n => n.Describe(),
        IacBool b => b.Value ? "True" : "False",
        _ => null,
    };

    private static IacUnknown Unknown(IacString template) =>
        new($"{template.Describe()} uses variables or filters known at run time") { Range = template.Range };

    [GeneratedRegex(@"^\s*\{\{\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*\}\}\s*$")]
    private static partial Regex WholeVariable();

    [GeneratedRegex(@"\{\{\s*(?:(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*\}\}|.*?\}\})", RegexOptions.Singleline)]
    private static partial Regex Expression();

    [GeneratedRegex(@"^[+-]?0(?:o?[0-7]+)$")]
    private static partial Regex LeadingZero();
}
