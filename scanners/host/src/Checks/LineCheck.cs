using System.Text.RegularExpressions;
using Bulwark.Rules;
using Bulwark.Scanners.Host.Model;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host.Checks;

/// <summary><c>file: PATH-or-GLOB</c> with <c>matches</c> (some line) or <c>no-match</c> (no line), comment lines skipped.</summary>
public sealed class LineCheck : ICheck
{
    private readonly Regex _regex;

    private LineCheck(string path, Regex regex, bool mustMatch, string comment, CheckStatus missing)
    {
        Path = path;
        _regex = regex;
        MustMatch = mustMatch;
        Comment = comment;
        Missing = missing;
    }

    /// <summary>The file or glob.</summary>
    public string Path { get; }

    /// <summary>The pattern as written.</summary>
    public string Pattern => _regex.ToString();

    /// <summary>True for <c>matches</c>, false for <c>no-match</c>.</summary>
    public bool MustMatch { get; }

    /// <summary>The comment prefix.</summary>
    public string Comment { get; }

    /// <summary>What a missing file means.</summary>
    public CheckStatus Missing { get; }

    /// <summary>Reads the check from <paramref name="map"/>.</summary>
    public static LineCheck? Parse(YamlMap map)
    {
        var path = map.Text("file", required: true);
        var matches = map.Text("matches");
        var noMatch = map.Text("no-match");
        var comment = map.Text("comment") ?? "#";
        if ((matches is null) == (noMatch is null))
        {
            map.Problems.Add(new ConfigProblem($"{map.File}:{map.Line}", "a line check needs exactly one of matches or no-match"));
            return null;
        }

        Regex regex;
        try
        {
            regex = new Regex(matches ?? noMatch!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            map.Problems.Add(new ConfigProblem(map.Where(matches is null ? "no-match" : "matches"), $"not a valid regular expression: {e.Message}"));
            return null;
        }

        var missing = MissingMeans.Read(map, matches is null ? CheckStatus.Pass : CheckStatus.Fail);
        return path is null ? null : new LineCheck(path, regex, matches is not null, comment, missing);
    }

    /// <inheritdoc />
    public string Describe() => MustMatch ? $"a line of {Path} matches /{Pattern}/" : $"no line of {Path} matches /{Pattern}/";

    /// <inheritdoc />
    public CheckOutcome Evaluate(CheckContext context)
    {
        var paths = FileCheck.Paths(context.Files, Path);
        if (paths.Count == 0)
        {
            return MissingMeans.Outcome(Missing, $"{Path} does not exist", new Evidence(Path, 0, "missing", Describe()));
        }

        var hits = new List<Evidence>();
        foreach (var path in paths)
        {
            var read = context.Files.ReadText(path);
            if (read.Text is null)
            {
                if (read.Problem is not null)
                {
                    return CheckOutcome.Errored($"{path} cannot be read: {read.Problem}", new Evidence(path, 0, read.Problem, Describe()));
                }

                continue;
            }

            var number = 0;
            foreach (var line in read.Text.Split('\n'))
            {
                number++;
                var trimmed = line.TrimStart();
                if (Comment.Length > 0 && trimmed.StartsWith(Comment, StringComparison.Ordinal))
                {
                    continue;
                }

                if (_regex.IsMatch(line.TrimEnd('\r')))
                {
                    hits.Add(new Evidence(path, number, Shorten(line.Trim()), Describe()));
                    if (MustMatch)
                    {
                        break;
                    }
                }
            }
        }

        if (MustMatch)
        {
            return hits.Count > 0
                ? CheckOutcome.Passed($"{hits[0].File}:{hits[0].Line}: {hits[0].Found}", hits[0])
                : CheckOutcome.Failed($"no line of {(paths.Count == 1 ? paths[0] : Path)} matches /{Pattern}/", new Evidence(paths[0], 0, "no such line", Describe()));
        }

        return hits.Count == 0
            ? CheckOutcome.Passed($"no line of {(paths.Count == 1 ? paths[0] : Path)} matches /{Pattern}/")
            : CheckOutcome.Failed($"{hits[0].File}:{hits[0].Line}: {hits[0].Found}", [.. hits.Take(20)]);
    }

    // Evidence quotes the line; a password hash on it (a GRUB password, a crypt string) never leaves the host.
    private static readonly Regex Hash = new(@"grub\.pbkdf2\.\S+|\$(?:1|2[abxy]?|5|6|7|y|gy|sha1|md5)\$\S+", RegexOptions.CultureInvariant);

    private static string Shorten(string line)
    {
        line = Hash.Replace(line, "[redacted]");
        return line.Length <= 200 ? line : line[..200] + "…";
    }
}
