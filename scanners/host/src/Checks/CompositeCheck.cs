using Bulwark.Rules;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Checks;

/// <summary><c>all</c>, <c>any</c> or <c>none</c> of a list of checks.</summary>
public sealed class CompositeCheck : ICheck
{
    private CompositeCheck(string mode, IReadOnlyList<ICheck> parts)
    {
        Mode = mode;
        Parts = parts;
    }

    /// <summary><c>all</c>, <c>any</c> or <c>none</c>.</summary>
    public string Mode { get; }

    /// <summary>The checks composed.</summary>
    public IReadOnlyList<ICheck> Parts { get; }

    /// <summary>Reads <paramref name="mode"/>'s list from <paramref name="map"/>.</summary>
    public static CompositeCheck? Parse(YamlMap map, string mode)
    {
        var parts = map.MapList(mode).Select(CheckParser.Parse).ToList();
        if (parts.Count == 0)
        {
            map.Problems.Add(new Sdk.ConfigProblem(map.Where(mode), $"'{mode}' needs a list of checks"));
        }

        return parts.Count == 0 || parts.Any(p => p is null) ? null : new CompositeCheck(mode, parts!);
    }

    /// <inheritdoc />
    public string Describe() => Mode switch
    {
        "all" => string.Join("; and ", Parts.Select(p => p.Describe())),
        "any" => string.Join("; or ", Parts.Select(p => p.Describe())),
        _ => "none of: " + string.Join("; ", Parts.Select(p => p.Describe())),
    };

    /// <inheritdoc />
    public CheckOutcome Evaluate(CheckContext context)
    {
        var outcomes = Parts.Select(p => p.Evaluate(context)).ToList();
        var passed = outcomes.Where(o => o.Status == CheckStatus.Pass).ToList();
        var failed = outcomes.Where(o => o.Status == CheckStatus.Fail).ToList();
        var errors = outcomes.Where(o => o.Status == CheckStatus.Error).ToList();
        switch (Mode)
        {
            case "all":
                if (failed.Count > 0)
                {
                    return CheckOutcome.Failed(failed[0].Message, [.. failed.SelectMany(f => f.Evidence)]);
                }

                if (errors.Count > 0)
                {
                    return errors[0];
                }

                return outcomes.All(o => o.Status == CheckStatus.NotApplicable)
                    ? CheckOutcome.NotApplicable(outcomes[0].Message)
                    : CheckOutcome.Passed(string.Join("; ", passed.Select(p => p.Message)), [.. passed.SelectMany(p => p.Evidence)]);
            case "any":
                if (passed.Count > 0)
                {
                    return passed[0];
                }

                if (errors.Count > 0 && failed.Count == 0)
                {
                    return errors[0];
                }

                return failed.Count == 0
                    ? CheckOutcome.NotApplicable(outcomes[0].Message)
                    : CheckOutcome.Failed(string.Join("; ", failed.Select(f => f.Message)), [.. failed.SelectMany(f => f.Evidence)]);
            default:
                if (passed.Count > 0)
                {
                    return CheckOutcome.Failed(passed[0].Message, [.. passed.SelectMany(p => p.Evidence)]);
                }

                return errors.Count > 0 ? errors[0] : CheckOutcome.Passed("none of them holds: " + string.Join("; ", outcomes.Select(o => o.Message)));
        }
    }
}
