using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Yaml;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Scanners.Iac.CloudFormation;

/// <summary>
/// Reads a YAML file and, when it has a syntax error, also what comes before the error: the text is cut just
/// above the reported line and read again (a few times, since a cut can itself end mid-construct).
/// </summary>
internal static class YamlPartialRead
{
    private const int Attempts = 4;

    /// <summary>
    /// The documents read, the syntax error (or null), and the line from which declarations may be cut short:
    /// a declaration reaching that line lost its end to the cut and must not be judged (its missing keys would
    /// look like insecure defaults). <see cref="int.MaxValue"/> when nothing was cut.
    /// </summary>
    public static (IReadOnlyList<YamlNode> Roots, IacDiagnostic? Problem, int UncertainFrom) Read(string path, string text)
    {
        var (roots, problem) = Guarded(path, text);
        if (problem is null)
        {
            return (roots, null, int.MaxValue);
        }

        var lines = text.Split('\n');
        var keep = problem.Range.StartLine - 1;
        for (var attempt = 0; attempt < Attempts && keep >= 1; attempt++)
        {
            var (partial, again) = Guarded(path, string.Join('\n', lines[..keep]));
            if (again is null)
            {
                return partial.Count > roots.Count ? (partial, problem, LastContentLine(lines, keep)) : (roots, problem, int.MaxValue);
            }

            keep = Math.Min(keep - 1, again.Range.StartLine - 1);
        }

        return (roots, problem, int.MaxValue);
    }

    // YamlDotNet throws ArgumentException for some malformed input (an alias straight after a scalar), which
    // YamlDocuments does not catch; it carries no position.
    private static (IReadOnlyList<YamlNode> Roots, IacDiagnostic? Problem) Guarded(string path, string text)
    {
        try
        {
            return YamlDocuments.Read(path, text);
        }
        catch (ArgumentException e)
        {
            return ([], new IacDiagnostic(path, SourceRange.None, "invalid YAML: " + e.Message));
        }
    }

    private static int LastContentLine(string[] lines, int keep)
    {
        for (var line = keep; line >= 1; line--)
        {
            var trimmed = lines[line - 1].Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                return line;
            }
        }

        return 0;
    }
}
