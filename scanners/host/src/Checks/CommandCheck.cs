using System.Text.RegularExpressions;
using Bulwark.Rules;
using Bulwark.Scanners.Host.Model;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host.Checks;

/// <summary><c>command: NAME</c> (from the allow-list) with <c>matches</c> or <c>no-match</c>: live state only a command shows.</summary>
public sealed class CommandCheck : ICheck
{
    private readonly Regex _regex;

    private CommandCheck(string name, Regex regex, bool mustMatch)
    {
        Name = name;
        _regex = regex;
        MustMatch = mustMatch;
    }

    /// <summary>The allow-listed command's name.</summary>
    public string Name { get; }

    /// <summary>True for <c>matches</c>, false for <c>no-match</c>.</summary>
    public bool MustMatch { get; }

    /// <summary>Reads the check from <paramref name="map"/>.</summary>
    public static CommandCheck? Parse(YamlMap map)
    {
        var name = map.Text("command", required: true);
        var matches = map.Text("matches");
        var noMatch = map.Text("no-match");
        if (name is null || (matches is null) == (noMatch is null))
        {
            map.Problems.Add(new ConfigProblem($"{map.File}:{map.Line}", "a command check needs command and exactly one of matches or no-match"));
            return null;
        }

        try
        {
            return new CommandCheck(name, new Regex(matches ?? noMatch!, RegexOptions.CultureInvariant | RegexOptions.Multiline, TimeSpan.FromSeconds(1)), matches is not null);
        }
        catch (ArgumentException e)
        {
            map.Problems.Add(new ConfigProblem(map.Where(matches is null ? "no-match" : "matches"), $"not a valid regular expression: {e.Message}"));
            return null;
        }
    }

    /// <inheritdoc />
    public string Describe() => $"the output of {Name} {(MustMatch ? "matches" : "does not match")} /{_regex}/";

    /// <inheritdoc />
    public CheckOutcome Evaluate(CheckContext context)
    {
        if (!context.Files.IsLive)
        {
            return CheckOutcome.NotApplicable($"{Name} shows live state; a root tree has none");
        }

        if (context.Command(Name) is not { } output)
        {
            return CheckOutcome.Errored($"{Name} could not be run (not installed, not allowed, or it failed)");
        }

        var match = _regex.Match(output);
        var evidence = new Evidence(null, 0, match.Success ? match.Value.Trim() : "no matching output", Describe());
        return match.Success == MustMatch
            ? CheckOutcome.Passed($"{Name}: {evidence.Found}", evidence)
            : CheckOutcome.Failed($"{Name}: {evidence.Found}", evidence);
    }
}
