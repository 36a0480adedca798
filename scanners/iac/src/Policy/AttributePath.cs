using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Policy;

/// <summary>
/// A path into an attribute tree: keys separated by dots, <c>*</c> (or <c>[*]</c>) for every item of a list or
/// member of an object, a number for one list item, and double quotes around keys that contain dots
/// (<c>metadata.annotations."seccomp.security.alpha.kubernetes.io/pod"</c>).
/// </summary>
public sealed class AttributePath
{
    private readonly string[] _steps;

    private AttributePath(string text, string[] steps)
    {
        Text = text;
        _steps = steps;
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>The empty path: the scope itself.</summary>
    public static AttributePath Self { get; } = new("", []);

    /// <summary>Parses a path; returns null with a reason when it is malformed.</summary>
    public static AttributePath? Parse(string text, out string? problem)
    {
        problem = null;
        var steps = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close < 0)
                {
                    problem = $"unterminated quoted key in path '{text}'";
                    return null;
                }

                steps.Add(text[(i + 1)..close]);
                i = close + 1;
            }
            else
            {
                var end = i;
                while (end < text.Length && text[end] is not '.' and not '[')
                {
                    end++;
                }

                if (end > i)
                {
                    steps.Add(text[i..end]);
                }

                i = end;
            }

            if (i < text.Length && text[i] == '[')
            {
                var close = text.IndexOf(']', i);
                if (close < 0)
                {
                    problem = $"unterminated [ in path '{text}'";
                    return null;
                }

                steps.Add(text[(i + 1)..close].Trim('"'));
                i = close + 1;
            }

            if (i < text.Length && text[i] == '.')
            {
                i++;
            }
        }

        if (steps.Any(s => s.Length == 0))
        {
            problem = $"empty step in path '{text}'";
            return null;
        }

        return new AttributePath(text, [.. steps]);
    }

    /// <summary>
    /// Every place the path leads to from <paramref name="root"/>. A step into a missing key yields a place with
    /// a null value and the object it is missing from; a step into an unknown value yields that unknown.
    /// </summary>
    public IReadOnlyList<PathMatch> Resolve(IacValue root)
    {
        var current = new List<PathMatch> { new(root, null, "", root.Range) };
        foreach (var step in _steps)
        {
            var next = new List<PathMatch>();
            foreach (var match in current)
            {
                Step(match, step, next);
            }

            current = next;
        }

        return current;
    }

    private static void Step(PathMatch match, string step, List<PathMatch> into)
    {
        var at = match.Where;
        switch (match.Value)
        {
            case null when step == "*":
                // Every item of nothing is nothing: `ingress[*]` of a policy without ingress rules checks no rule.
                return;
            case null:
                into.Add(match with { Key = step, Where = Join(at, step) });
                return;
            case IacUnknown:
                into.Add(match);
                return;
            case IacObject obj when step == "*":
                into.AddRange(obj.Members.Select(m => new PathMatch(m.Value, obj, m.Key, m.Range) { Where = Join(at, m.Key) }));
                return;
            case IacObject obj:
                var member = obj.Member(step);
                into.Add(member is null ? new PathMatch(null, obj, step, obj.Range) { Where = Join(at, step) } : new PathMatch(member.Value, obj, step, member.Range) { Where = Join(at, step) });
                return;
            case IacList list when step == "*":
                into.AddRange(list.Items.Select((item, i) => new PathMatch(item, list, Index(i), item.Range) { Where = $"{at}[{i}]" }));
                return;
            case IacList list when int.TryParse(step, out var index):
                into.Add(index >= 0 && index < list.Items.Count ? new PathMatch(list.Items[index], list, step, list.Items[index].Range) { Where = $"{at}[{index}]" } : new PathMatch(null, list, step, list.Range) { Where = $"{at}[{index}]" });
                return;
            case IacList list:
                // A key applied to a list applies to each item: nested blocks are lists even when written once.
                for (var i = 0; i < list.Items.Count; i++)
                {
                    var where = list.Items.Count == 1 ? at : $"{at}[{i}]";
                    Step(new PathMatch(list.Items[i], list, "", list.Items[i].Range) { Where = where }, step, into);
                }

                return;
            case IacString text when Decoded(text) is { } decoded:
                // A policy written as JSON text (jsonencode, a heredoc, a CloudFormation string) is walked like
                // the object it encodes, so one rule covers every way of writing it.
                Step(match with { Value = decoded }, step, into);
                return;
            default:
                into.Add(new PathMatch(null, match.Value, step, match.Range) { Where = Join(at, step) });
                return;
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IacString, IacValue> DecodedJson = new();

    private static IacValue? Decoded(IacString text)
    {
        var trimmed = text.Value.AsSpan().Trim();
        if (trimmed.Length < 2 || !((trimmed[0] == '{' && trimmed[^1] == '}') || (trimmed[0] == '[' && trimmed[^1] == ']')))
        {
            return null;
        }

        var decoded = DecodedJson.GetValue(text, t =>
        {
            try
            {
                return Hcl.Terraform.Functions.EncodingFunctions.Decode(t.Value, t.Range);
            }
            catch (Hcl.Terraform.Functions.FunctionError)
            {
                return new IacNull { Range = t.Range };
            }
        });
        return decoded is IacNull ? null : decoded;
    }

    private static string Join(string at, string key) =>
        at.Length == 0 ? Quote(key) : at + "." + Quote(key);

    private static string Quote(string key) => key.Contains('.', StringComparison.Ordinal) || key.Contains(' ', StringComparison.Ordinal) ? "\"" + key + "\"" : key;

    private static string Index(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>One place a path leads to.</summary>
/// <param name="Value">The value there; null when the key is absent (or the value is an explicit null — see <see cref="IsNull"/>).</param>
/// <param name="Parent">The object or list it is (or would be) in; null at the root.</param>
/// <param name="Key">The last key stepped through.</param>
/// <param name="Range">Where it is written: the member (key and value), or the parent when the key is absent.</param>
public sealed record PathMatch(IacValue? Value, IacValue? Parent, string Key, SourceRange Range)
{
    /// <summary>The concrete path to this place from the scope, such as <c>containers[1].securityContext.privileged</c>.</summary>
    public string Where { get; init; } = "";

    /// <summary>Absent or explicitly null.</summary>
    public bool IsNull => Value is null or IacNull;

    /// <summary>The value cannot be known.</summary>
    public bool IsUnknown => Value is IacUnknown || (Value is null && Parent is IacUnknown);
}
