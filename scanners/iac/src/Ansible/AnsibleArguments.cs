using System.Text;
using System.Text.RegularExpressions;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Ansible;

/// <summary>
/// Parses a module's string argument the way Ansible's <c>parse_kv</c> does: whitespace-separated
/// <c>key=value</c> pairs, where quotes and Jinja <c>{{ }}</c> keep spaces inside a value. What is not a pair
/// (the command of <c>shell</c> and <c>command</c>, a file name for <c>include_tasks</c>) becomes <c>free_form</c>.
/// </summary>
internal static partial class AnsibleArguments
{
    /// <summary>The arguments in <paramref name="text"/>, each with its position when the string is on one line.</summary>
    /// <param name="text">The module's value.</param>
    /// <param name="freeForm">True for modules taking a command line: only their known options are pairs.</param>
    /// <param name="source">The file, for positions.</param>
    /// <param name="skipTokens">Leading words that are not arguments (the module name in <c>action: copy src=a</c>).</param>
    public static IacObject Parse(IacString text, bool freeForm, AnsibleSource source, int skipTokens = 0)
    {
        var members = new List<IacMember>();
        var raw = new List<(int Start, int End)>();
        foreach (var (start, end) in Tokens(text.Value).Skip(skipTokens))
        {
            var token = text.Value[start..end];
            var pair = Pair().Match(token);
            var key = pair.Groups["key"].Value;
            if (!pair.Success || (freeForm && !AnsibleKeywords.FreeFormOptions.Contains(key)) || members.Any(m => m.Key == key))
            {
                raw.Add((start, end));
                continue;
            }

            var valueStart = start + key.Length + 1;
            var value = Unquote(token[(key.Length + 1)..]);
            var range = source.Within(text, valueStart, end);
            members.Add(new IacMember(key, source.Within(text, start, start + key.Length), AnsibleValues.Boolean(new IacString(value) { Range = range }, wordsOnly: true)));
        }

        if (raw.Count > 0)
        {
            // Keep line breaks between words: a multi-line shell script stays one command per line, as Ansible runs it.
            var words = new System.Text.StringBuilder(text.Value[raw[0].Start..raw[0].End]);
            for (var i = 1; i < raw.Count; i++)
            {
                words.Append(text.Value[raw[i - 1].End..raw[i].Start].Contains('\n', StringComparison.Ordinal) ? '\n' : ' ');
                words.Append(text.Value[raw[i].Start..raw[i].End]);
            }

            members.Add(new IacMember("free_form", text.Range, new IacString(words.ToString()) { Range = source.Within(text, raw[0].Start, raw[^1].End) }));
        }

        return new IacObject(members) { Range = text.Range };
    }

    /// <summary>Splits at whitespace outside quotes and Jinja delimiters; returns each token's start and end.</summary>
    public static IEnumerable<(int Start, int End)> Tokens(string text)
    {
        var start = -1;
        var quote = '\0';
        var jinja = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (start < 0 && !char.IsWhiteSpace(c))
            {
                start = i;
            }

            if (quote != '\0')
            {
                if (c == '\\' && quote == '"')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '{' && i + 1 < text.Length && text[i + 1] is '{' or '%' or '#')
            {
                jinja++;
                i++;
            }
            else if (jinja > 0 && c is '}' or '%' or '#' && i + 1 < text.Length && text[i + 1] == '}')
            {
                jinja--;
                i++;
            }
            else if (jinja == 0 && char.IsWhiteSpace(c) && start >= 0)
            {
                yield return (start, i);
                start = -1;
            }
        }

        if (start >= 0)
        {
            yield return (start, text.Length);
        }
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0] ? Unescape(value[1..^1], value[0]) : value;

    private static string Unescape(string value, char quote)
    {
        if (quote != '"' || !value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var result = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            result.Append(value[i] == '\\' && i + 1 < value.Length && value[i + 1] is '"' or '\\' ? value[++i] : value[i]);
        }

        return result.ToString();
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_]*)=", RegexOptions.Singleline)]
    private static partial Regex Pair();
}
