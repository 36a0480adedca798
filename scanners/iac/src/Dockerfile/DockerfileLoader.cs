using System.Text.RegularExpressions;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// Reads a Dockerfile (or Containerfile) into one <c>dockerfile</c> resource named after the file. Its attributes
/// are described in this folder's README: <c>stages</c> (each with <c>from</c>, <c>instructions</c>, <c>user</c>,
/// <c>healthcheck</c>, <c>exposes</c>, <c>workdir</c>, <c>isFinal</c>), <c>finalStage</c>, <c>instructions</c> and
/// <c>directives</c>. Malformed instructions become diagnostics and the rest of the file is still read.
/// </summary>
public static partial class DockerfileLoader
{
    /// <summary>
    /// True for <c>Dockerfile</c>, <c>Containerfile</c>, <c>*.Dockerfile</c> and <c>*.dockerfile</c>; and for
    /// <c>Dockerfile.*</c> and <c>Containerfile.*</c> when <paramref name="text"/> has a FROM line, since that
    /// pattern also catches notes and templates (<c>Dockerfile.md</c>). Never <c>*.dockerignore</c>.
    /// </summary>
    public static bool Recognises(string path, string text)
    {
        var name = path[(path.LastIndexOfAny(['/', '\\']) + 1)..];
        if (name.EndsWith(".dockerignore", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (name.Equals("Dockerfile", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Containerfile", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".dockerfile", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var prefixed = name.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Containerfile.", StringComparison.OrdinalIgnoreCase);
        return prefixed && FromLine().IsMatch(text);
    }

    /// <summary>Reads the Dockerfile <paramref name="text"/> found at <paramref name="path"/> (relative to the scan root).</summary>
    public static IacDocument Load(string path, string text)
    {
        var problems = new DiagnosticList(path);
        var lexed = DockerfileLexer.Lex(text, problems);
        var file = WholeFile(lexed.Lines);
        var attributes = DockerfileModel.Build(lexed, file, problems);
        var (resourceSuppressions, lineSuppressions) = DockerfileSuppressions.Collect(lexed);
        var resources = attributes is null
            ? []
            : new[]
            {
                new IacResource
                {
                    Platform = IacPlatform.Dockerfile,
                    Type = "dockerfile",
                    Name = path,
                    Address = path,
                    File = path,
                    Range = file,
                    Attributes = attributes,
                    Suppressions = resourceSuppressions,
                },
            };

        return new IacDocument
        {
            Platform = IacPlatform.Dockerfile,
            File = path,
            Resources = resources,
            Diagnostics = problems.Items,
            LineSuppressions = attributes is null ? [] : lineSuppressions.Select(s => (path, s)).ToList(),
        };
    }

    private static SourceRange WholeFile(IReadOnlyList<string> lines) =>
        lines.Count == 0 ? SourceRange.Line(1, 1, 1) : new SourceRange(1, 1, lines.Count, lines[^1].Length + 1);

    [GeneratedRegex(@"^\s*FROM\s", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex FromLine();
}
