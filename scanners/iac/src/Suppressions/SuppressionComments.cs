using System.Text.RegularExpressions;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Suppressions;

/// <summary>
/// Recognises suppression comments, whatever the comment syntax around them (the loader strips <c>#</c>,
/// <c>//</c> or <c>/* */</c> and hands over the text): Bulwark's own and the peers', so a team can switch
/// tools without rewriting its skips.
/// <list type="bullet">
/// <item><c>bulwark:ignore reason</c>, <c>bulwark:ignore=RULE[,RULE] reason</c></item>
/// <item>Checkov: <c>checkov:skip=CKV_AWS_20:reason</c></item>
/// <item>tfsec and Trivy: <c>tfsec:ignore:aws-s3-enable-versioning</c>, <c>trivy:ignore:AVD-AWS-0090</c> (an <c>:exp:DATE</c> suffix is accepted)</item>
/// <item>KICS: <c>kics-scan ignore-line</c>, <c>kics-scan ignore-block</c>, <c>kics-scan disable=QUERY-ID</c></item>
/// <item>hadolint (Dockerfiles): <c>hadolint ignore=DL3008,DL3009</c>, <c>hadolint global ignore=DL3003</c></item>
/// </list>
/// </summary>
public static partial class SuppressionComments
{
    /// <summary>Every suppression in one comment's text (a comment may carry several).</summary>
    public static IReadOnlyList<IacSuppression> Parse(string comment, SourceRange range)
    {
        var found = new List<IacSuppression>();
        foreach (Match m in Bulwark().Matches(comment))
        {
            var rules = m.Groups["rules"].Success
                ? m.Groups["rules"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => (string?)r).ToArray()
                : new string?[] { null };
            found.AddRange(rules.Select(rule => new IacSuppression("bulwark", rule, m.Groups["reason"].Value.Trim(), range)));
        }

        foreach (Match m in Checkov().Matches(comment))
        {
            found.Add(new IacSuppression("checkov", m.Groups["id"].Value, m.Groups["reason"].Value.Trim(), range));
        }

        foreach (Match m in TfsecOrTrivy().Matches(comment))
        {
            found.Add(new IacSuppression(m.Groups["tool"].Value, m.Groups["id"].Value, "", range));
        }

        foreach (Match m in Hadolint().Matches(comment))
        {
            found.AddRange(m.Groups["ids"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(id => new IacSuppression("hadolint", id, "", range)));
        }

        foreach (Match m in Kics().Matches(comment))
        {
            var id = m.Groups["id"].Success ? m.Groups["id"].Value : null;
            found.Add(new IacSuppression("kics", id, m.Groups["what"].Value, range));
        }

        return found;
    }

    [GeneratedRegex(@"bulwark:ignore(?:=(?<rules>[\w/,.-]+))?(?<reason>[^\r\n]*)")]
    private static partial Regex Bulwark();

    [GeneratedRegex(@"checkov:skip=(?<id>[\w.-]+)(?::(?<reason>[^\r\n]*))?")]
    private static partial Regex Checkov();

    [GeneratedRegex(@"(?<tool>tfsec|trivy):ignore:(?<id>[\w.-]+?)(?=:exp:|\s|$|\])")]
    private static partial Regex TfsecOrTrivy();

    [GeneratedRegex(@"hadolint\s+(?:global\s+)?ignore=(?<ids>DL\d+(?:\s*,\s*DL\d+)*)")]
    private static partial Regex Hadolint();

    [GeneratedRegex(@"kics-scan\s+(?<what>ignore-line|ignore-block|ignore|disable=(?<id>[\w-]+))")]
    private static partial Regex Kics();
}
