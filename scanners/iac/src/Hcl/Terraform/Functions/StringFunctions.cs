using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Terraform.Functions;

/// <summary>Functions over strings, and the type conversions.</summary>
internal static class StringFunctions
{
    public static void Register(Dictionary<string, TerraformFunction> table)
    {
        table["format"] = new(1, int.MaxValue, (a, r) => Values.Text(Format(Arguments.Text(a[0]), a.Skip(1).ToList()), r));
        table["join"] = new(2, int.MaxValue, (a, r) => Values.Text(string.Join(Arguments.Text(a[0]), a.Skip(1).SelectMany(Arguments.List).Select(Arguments.Text)), r));
        table["split"] = new(2, 2, (a, r) => Values.List(Arguments.Text(a[1]).Split(Arguments.Text(a[0])).Select(s => (IacValue)Values.Text(s, r)).ToList(), r));
        table["lower"] = Text1((s, _) => s.ToLowerInvariant());
        table["upper"] = Text1((s, _) => s.ToUpperInvariant());
        table["title"] = Text1((s, _) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(s));
        table["trimspace"] = Text1((s, _) => s.Trim());
        table["chomp"] = Text1((s, _) => s.TrimEnd('\r', '\n'));
        table["trim"] = Text2((s, cut) => s.Trim(cut.ToCharArray()));
        table["trimprefix"] = Text2((s, prefix) => s.StartsWith(prefix, StringComparison.Ordinal) ? s[prefix.Length..] : s);
        table["trimsuffix"] = Text2((s, suffix) => s.EndsWith(suffix, StringComparison.Ordinal) ? s[..^suffix.Length] : s);
        table["startswith"] = new(2, 2, (a, r) => Values.Bool(Arguments.Text(a[0]).StartsWith(Arguments.Text(a[1]), StringComparison.Ordinal), r));
        table["endswith"] = new(2, 2, (a, r) => Values.Bool(Arguments.Text(a[0]).EndsWith(Arguments.Text(a[1]), StringComparison.Ordinal), r));
        table["strcontains"] = new(2, 2, (a, r) => Values.Bool(Arguments.Text(a[0]).Contains(Arguments.Text(a[1]), StringComparison.Ordinal), r));
        table["replace"] = new(3, 3, (a, r) => Values.Text(Replace(Arguments.Text(a[0]), Arguments.Text(a[1]), Arguments.Text(a[2])), r));
        table["substr"] = new(3, 3, (a, r) => Values.Text(Substring(Arguments.Text(a[0]), Arguments.Integer(a[1]), Arguments.Integer(a[2])), r));
        table["tostring"] = new(1, 1, (a, r) => a[0] is IacNull ? a[0] : Values.Text(Arguments.Text(a[0]), r));
        table["tonumber"] = new(1, 1, (a, r) => a[0] is IacNull ? a[0] : Values.Number(Arguments.Number(a[0]), r));
        table["tobool"] = new(1, 1, (a, r) => a[0] is IacNull ? a[0] : Values.Bool(Values.Truth(a[0]) ?? throw new FunctionError($"{a[0].Describe()} is not a boolean"), r));
    }

    private static TerraformFunction Text1(Func<string, SourceRange, string> body) =>
        new(1, 1, (a, r) => Values.Text(body(Arguments.Text(a[0]), r), r));

    private static TerraformFunction Text2(Func<string, string, string> body) =>
        new(2, 2, (a, r) => Values.Text(body(Arguments.Text(a[0]), Arguments.Text(a[1])), r));

    private static string Replace(string text, string search, string replacement)
    {
        // A search string written between slashes is a regular expression; $1 style references carry over.
        if (search.Length > 1 && search[0] == '/' && search[^1] == '/')
        {
            return Regex.Replace(text, search[1..^1], replacement, RegexOptions.None, TimeSpan.FromSeconds(1));
        }

        return text.Replace(search, replacement, StringComparison.Ordinal);
    }

    private static string Substring(string text, int offset, int length)
    {
        if (offset < 0)
        {
            offset = Math.Max(0, text.Length + offset);
        }

        if (offset > text.Length)
        {
            throw new FunctionError("offset beyond the end of the string");
        }

        return length < 0 || offset + length > text.Length ? text[offset..] : text.Substring(offset, length);
    }

    /// <summary>Terraform's format verbs: %s %d %f %t %v %q %%, with width, zero padding, '-' and precision.</summary>
    private static string Format(string pattern, IReadOnlyList<IacValue> arguments)
    {
        var text = new StringBuilder();
        var next = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != '%')
            {
                text.Append(pattern[i]);
                continue;
            }

            var start = i++;
            while (i < pattern.Length && (char.IsDigit(pattern[i]) || pattern[i] is '.' or '-' or '+' or '#' or ' '))
            {
                i++;
            }

            if (i >= pattern.Length)
            {
                throw new FunctionError("the format ends inside a verb");
            }

            var verb = pattern[i];
            if (verb == '%')
            {
                text.Append('%');
                continue;
            }

            if (next >= arguments.Count)
            {
                throw new FunctionError($"not enough arguments for {pattern[start..(i + 1)]}");
            }

            var argument = arguments[next++];
            var spec = pattern[(start + 1)..i];
            var leftAlign = spec.Contains('-', StringComparison.Ordinal);
            var digits = spec.TrimStart('-', '+', '#', ' ');
            var zeroPad = digits.StartsWith('0') && !leftAlign;
            var dot = digits.IndexOf('.', StringComparison.Ordinal);
            var width = int.TryParse(dot < 0 ? digits : digits[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var w) ? w : 0;
            var precision = dot >= 0 && int.TryParse(digits[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : -1;
            var formatted = verb switch
            {
                's' or 'v' => Arguments.Text(argument),
                'd' => Arguments.Format(Math.Truncate(Arguments.Number(argument))),
                'f' => Arguments.Number(argument).ToString("F" + (precision >= 0 ? precision : 6).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
                't' => Values.Truth(argument) is { } b ? (b ? "true" : "false") : throw new FunctionError("%t of a value that is not a boolean"),
                'q' => "\"" + Arguments.Text(argument).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
                _ => throw new FunctionError($"unsupported verb %{verb}"),
            };
            if (verb is 's' or 'v' or 'q' && precision >= 0 && formatted.Length > precision)
            {
                formatted = formatted[..precision];
            }

            // Width pads on the left (with zeros for numbers when asked), or on the right with '-'.
            var negative = zeroPad && verb is 'd' or 'f' && formatted.StartsWith('-');
            var body = negative ? formatted[1..] : formatted;
            var padded = leftAlign ? formatted.PadRight(width)
                : zeroPad && verb is 'd' or 'f' ? (negative ? "-" : "") + body.PadLeft(Math.Max(0, width - (negative ? 1 : 0)), '0')
                : formatted.PadLeft(width);
            text.Append(padded);
        }

        return text.ToString();
    }
}
