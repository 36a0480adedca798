using System.Text.RegularExpressions;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// Reads the parser directives at the top of a Dockerfile. As in BuildKit, they must come first: the first line
/// that is not a known directive (a comment, a blank line, an instruction, or an unknown <c># name=value</c>)
/// ends them, and later directive-looking lines are ordinary comments.
/// See https://docs.docker.com/reference/dockerfile/#parser-directives.
/// </summary>
internal static partial class ParserDirectives
{
    private static readonly string[] Known = ["syntax", "escape", "check"];

    /// <summary>Reads directives from the top of <paramref name="lines"/>; returns the index of the first line after them.</summary>
    public static int Read(IReadOnlyList<string> lines, List<ParserDirective> found, DiagnosticList problems)
    {
        var index = 0;
        for (; index < lines.Count; index++)
        {
            var line = lines[index];
            var match = Directive().Match(line);
            var name = match.Groups["name"].Value.ToLowerInvariant();
            if (!match.Success || !Known.Contains(name))
            {
                break;
            }

            var value = match.Groups["value"];
            var range = SourceRange.Line(index + 1, value.Index + 1, value.Index + value.Length + 1);
            if (found.Any(d => d.Name == name))
            {
                problems.Add(range, $"only one {name} parser directive can be used");
                return index + 1;
            }

            found.Add(new ParserDirective(name, value.Value, range));
        }

        return index;
    }

    /// <summary>The escape character the directives ask for: <c>\</c> unless <c># escape=`</c>.</summary>
    public static char Escape(IReadOnlyList<ParserDirective> directives, DiagnosticList problems)
    {
        var escape = directives.FirstOrDefault(d => d.Name == "escape");
        if (escape is null || escape.Value == "\\")
        {
            return '\\';
        }

        if (escape.Value == "`")
        {
            return '`';
        }

        problems.Add(escape.Range, $"invalid escape character \"{escape.Value}\": it must be \\ or `");
        return '\\';
    }

    [GeneratedRegex(@"^\s*#\s*(?<name>[a-zA-Z][a-zA-Z0-9]*)\s*=\s*(?<value>.+?)\s*$")]
    private static partial Regex Directive();
}
