using Bulwark.Scanners.Iac.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace Bulwark.Scanners.Iac.CloudFormation;

/// <summary>A <c>#</c> comment in a YAML file.</summary>
/// <param name="Text">The text after <c>#</c>.</param>
/// <param name="Range">Where it is.</param>
/// <param name="AtLineEnd">True when it follows content on its line; false when it has the line to itself.</param>
internal sealed record YamlComment(string Text, SourceRange Range, bool AtLineEnd)
{
    /// <summary>
    /// Every comment in <paramref name="text"/>, found by YamlDotNet's scanner so a <c>#</c> inside a quoted or
    /// block scalar is not mistaken for one. Reading stops quietly at a syntax error: the loader reports it.
    /// </summary>
    public static IReadOnlyList<YamlComment> ReadAll(string text)
    {
        var found = new List<YamlComment>();
        var scanner = new Scanner(new StringReader(text), skipComments: false);

        // After a syntax error the scanner yields Error tokens forever instead of ending; every token consumes
        // at least one character, so the count bound is a backstop for anything else of the kind.
        var budget = text.Length + 16;
        try
        {
            while (budget-- > 0 && scanner.MoveNext() && scanner.Current is not Error)
            {
                if (scanner.Current is Comment c)
                {
                    var range = new SourceRange((int)c.Start.Line, (int)c.Start.Column, (int)c.End.Line, (int)c.End.Column);
                    found.Add(new YamlComment(c.Value, range, c.IsInline));
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Comments before the error still count. (YamlDotNet's scanner throws InvalidOperationException on
            // some unterminated scalars; YamlDocuments catches the same pair.)
        }

        return found;
    }
}
