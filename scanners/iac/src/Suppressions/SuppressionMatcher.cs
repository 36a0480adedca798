using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Policy;

namespace Bulwark.Scanners.Iac.Suppressions;

/// <summary>
/// Decides whether a comment suppresses a rule's finding: Bulwark's own by rule id (or any rule), a peer's by
/// the ids the rule lists for that tool (its <c>peers</c>), KICS's ignore-line and ignore-block for any rule.
/// </summary>
public static class SuppressionMatcher
{
    /// <summary>The suppression that covers a finding of <paramref name="rule"/> at <paramref name="range"/>, or null.</summary>
    public static IacSuppression? Find(IacRule rule, IacResource resource, SourceRange range, IReadOnlyList<IacSuppression> lineSuppressions)
    {
        foreach (var suppression in resource.Suppressions)
        {
            if (Covers(suppression, rule))
            {
                return suppression;
            }
        }

        foreach (var suppression in lineSuppressions)
        {
            if (suppression.CoversLine >= range.StartLine && suppression.CoversLine <= Math.Max(range.StartLine, range.EndLine) && Covers(suppression, rule))
            {
                return suppression;
            }
        }

        return null;
    }

    /// <summary>Whether the comment names this rule, in Bulwark's ids or a peer's.</summary>
    public static bool Covers(IacSuppression suppression, IacRule rule)
    {
        if (suppression.RuleId is null)
        {
            return suppression.Tool is "bulwark" or "kics";
        }

        if (suppression.Tool == "bulwark")
        {
            return suppression.RuleId == rule.Info.Id || rule.Info.Aliases.Contains(suppression.RuleId);
        }

        // tfsec and Trivy share rule ids (Trivy absorbed tfsec's checks), so each accepts the other's.
        var tools = suppression.Tool is "tfsec" or "trivy" ? new[] { "tfsec", "trivy" } : [suppression.Tool];
        return tools.Any(tool => rule.Peers.TryGetValue(tool, out var ids) && ids.Contains(suppression.RuleId, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>How a report names the suppression: <c>checkov:skip=CKV_AWS_20</c>.</summary>
    public static string Describe(IacSuppression suppression) => suppression.Tool switch
    {
        "bulwark" => "bulwark:ignore" + (suppression.RuleId is null ? "" : "=" + suppression.RuleId),
        "checkov" => "checkov:skip=" + suppression.RuleId,
        "hadolint" => "hadolint ignore=" + suppression.RuleId,
        "kics" => "kics-scan " + (suppression.RuleId is null ? suppression.Reason : "disable=" + suppression.RuleId),
        _ => $"{suppression.Tool}:ignore:{suppression.RuleId}",
    };
}
